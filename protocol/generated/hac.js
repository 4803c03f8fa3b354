/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $String = $util.global.String, $Array = $util.global.Array, $Boolean = $util.global.Boolean, $isFinite = $util.global.isFinite;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const hac = $root.hac = (() => {

    /**
     * Namespace hac.
     * @exports hac
     * @namespace
     */
    const hac = {};

    hac.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof hac
         * @namespace
         */
        const v1 = {};

        /**
         * Status enum.
         * @name hac.v1.Status
         * @enum {number}
         * @property {number} STATUS_OK=0 STATUS_OK value
         * @property {number} STATUS_UNKNOWN_REQUEST=1 STATUS_UNKNOWN_REQUEST value
         * @property {number} STATUS_BAD_REGION=2 STATUS_BAD_REGION value
         * @property {number} STATUS_OUT_OF_RANGE=3 STATUS_OUT_OF_RANGE value
         * @property {number} STATUS_CONTEXT_FULL=4 STATUS_CONTEXT_FULL value
         * @property {number} STATUS_BUSY=5 STATUS_BUSY value
         * @property {number} STATUS_UNSUPPORTED=6 STATUS_UNSUPPORTED value
         * @property {number} STATUS_BAD_CRC=7 STATUS_BAD_CRC value
         * @property {number} STATUS_INVALID_CONFIG=8 STATUS_INVALID_CONFIG value
         * @property {number} STATUS_BAD_ADDRESS=9 STATUS_BAD_ADDRESS value
         * @property {number} STATUS_ACCESS_DENIED=10 STATUS_ACCESS_DENIED value
         * @property {number} STATUS_BAD_ARGUMENT=11 STATUS_BAD_ARGUMENT value
         * @property {number} STATUS_NOT_READY=12 STATUS_NOT_READY value
         * @property {number} STATUS_VERSION_MISMATCH=13 STATUS_VERSION_MISMATCH value
         * @property {number} STATUS_DECODE_ERROR=14 STATUS_DECODE_ERROR value
         * @property {number} STATUS_INTERNAL=15 STATUS_INTERNAL value
         * @property {number} STATUS_VERIFY_FAILED=16 STATUS_VERIFY_FAILED value
         * @property {number} STATUS_FENCED=17 STATUS_FENCED value
         */
        v1.Status = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "STATUS_OK"] = 0;
            values[valuesById[1] = "STATUS_UNKNOWN_REQUEST"] = 1;
            values[valuesById[2] = "STATUS_BAD_REGION"] = 2;
            values[valuesById[3] = "STATUS_OUT_OF_RANGE"] = 3;
            values[valuesById[4] = "STATUS_CONTEXT_FULL"] = 4;
            values[valuesById[5] = "STATUS_BUSY"] = 5;
            values[valuesById[6] = "STATUS_UNSUPPORTED"] = 6;
            values[valuesById[7] = "STATUS_BAD_CRC"] = 7;
            values[valuesById[8] = "STATUS_INVALID_CONFIG"] = 8;
            values[valuesById[9] = "STATUS_BAD_ADDRESS"] = 9;
            values[valuesById[10] = "STATUS_ACCESS_DENIED"] = 10;
            values[valuesById[11] = "STATUS_BAD_ARGUMENT"] = 11;
            values[valuesById[12] = "STATUS_NOT_READY"] = 12;
            values[valuesById[13] = "STATUS_VERSION_MISMATCH"] = 13;
            values[valuesById[14] = "STATUS_DECODE_ERROR"] = 14;
            values[valuesById[15] = "STATUS_INTERNAL"] = 15;
            values[valuesById[16] = "STATUS_VERIFY_FAILED"] = 16;
            values[valuesById[17] = "STATUS_FENCED"] = 17;
            return values;
        })();

        /**
         * Region enum.
         * @name hac.v1.Region
         * @enum {number}
         * @property {number} REGION_NONE=0 REGION_NONE value
         * @property {number} REGION_K_SRAM=1 REGION_K_SRAM value
         * @property {number} REGION_V_SRAM=2 REGION_V_SRAM value
         * @property {number} REGION_Q_BUFFER=3 REGION_Q_BUFFER value
         * @property {number} REGION_OUTPUT=4 REGION_OUTPUT value
         * @property {number} REGION_TRIM=5 REGION_TRIM value
         * @property {number} REGION_KEEP_MASK=6 REGION_KEEP_MASK value
         */
        v1.Region = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "REGION_NONE"] = 0;
            values[valuesById[1] = "REGION_K_SRAM"] = 1;
            values[valuesById[2] = "REGION_V_SRAM"] = 2;
            values[valuesById[3] = "REGION_Q_BUFFER"] = 3;
            values[valuesById[4] = "REGION_OUTPUT"] = 4;
            values[valuesById[5] = "REGION_TRIM"] = 5;
            values[valuesById[6] = "REGION_KEEP_MASK"] = 6;
            return values;
        })();

        /**
         * Framing enum.
         * @name hac.v1.Framing
         * @enum {number}
         * @property {number} FRAMING_LINE=0 FRAMING_LINE value
         * @property {number} FRAMING_BINARY=1 FRAMING_BINARY value
         */
        v1.Framing = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "FRAMING_LINE"] = 0;
            values[valuesById[1] = "FRAMING_BINARY"] = 1;
            return values;
        })();

        v1.Frame = (function() {

            /**
             * Properties of a Frame.
             * @typedef {Object} hac.v1.Frame.$Properties
             * @property {hac.v1.Request.$Properties|null} [request] Frame request
             * @property {hac.v1.Response.$Properties|null} [response] Frame response
             * @property {hac.v1.Event.$Properties|null} [event] Frame event
             * @property {"request"|"response"|"event"} [kind] Frame kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Frame.
             * @memberof hac.v1
             * @interface IFrame
             * @augments hac.v1.Frame.$Properties
             * @deprecated Use hac.v1.Frame.$Properties instead.
             */

            /**
             * Narrowed shape of a Frame.
             * @typedef {{
             *   request?: hac.v1.Request.$Shape|null;
             *   response?: hac.v1.Response.$Shape|null;
             *   event?: hac.v1.Event.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ kind?: undefined; request?: null; response?: null; event?: null }|{ kind?: "request"; request: hac.v1.Request.$Shape; response?: null; event?: null }|{ kind?: "response"; request?: null; response: hac.v1.Response.$Shape; event?: null }|{ kind?: "event"; request?: null; response?: null; event: hac.v1.Event.$Shape })
             * )} hac.v1.Frame.$Shape
             */

            /**
             * Constructs a new Frame.
             * @memberof hac.v1
             * @classdesc Represents a Frame.
             * @constructor
             * @param {hac.v1.Frame.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Frame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Frame request.
             * @member {hac.v1.Request.$Properties|null|undefined} request
             * @memberof hac.v1.Frame
             * @instance
             */
            Frame.prototype.request = null;

            /**
             * Frame response.
             * @member {hac.v1.Response.$Properties|null|undefined} response
             * @memberof hac.v1.Frame
             * @instance
             */
            Frame.prototype.response = null;

            /**
             * Frame event.
             * @member {hac.v1.Event.$Properties|null|undefined} event
             * @memberof hac.v1.Frame
             * @instance
             */
            Frame.prototype.event = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Frame kind.
             * @member {"request"|"response"|"event"|undefined} kind
             * @memberof hac.v1.Frame
             * @instance
             */
            $Object.defineProperty(Frame.prototype, "kind", {
                get: $util.oneOfGetter($oneOfFields = ["request", "response", "event"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Frame instance using the specified properties.
             * @function create
             * @memberof hac.v1.Frame
             * @static
             * @param {hac.v1.Frame.$Properties=} [properties] Properties to set
             * @returns {hac.v1.Frame} Frame instance
             * @type {{
             *   (properties: hac.v1.Frame.$Shape): hac.v1.Frame & hac.v1.Frame.$Shape;
             *   (properties?: hac.v1.Frame.$Properties): hac.v1.Frame;
             * }}
             */
            Frame.create = function(properties) {
                return new Frame(properties);
            };

            /**
             * Encodes the specified Frame message. Does not implicitly {@link hac.v1.Frame.verify|verify} messages.
             * @function encode
             * @memberof hac.v1.Frame
             * @static
             * @param {hac.v1.Frame.$Properties} message Frame message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Frame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.request != null && $Object.hasOwnProperty.call(message, "request"))
                    $root.hac.v1.Request.encode(message.request, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.response != null && $Object.hasOwnProperty.call(message, "response"))
                    $root.hac.v1.Response.encode(message.response, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.event != null && $Object.hasOwnProperty.call(message, "event"))
                    $root.hac.v1.Event.encode(message.event, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Frame message from the specified reader or buffer.
             * @function decode
             * @memberof hac.v1.Frame
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hac.v1.Frame & hac.v1.Frame.$Shape} Frame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Frame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hac.v1.Frame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.request = $root.hac.v1.Request.decode(reader, reader.size(), $undefined, _depth + 1, message.request);
                            message.kind = "request";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.response = $root.hac.v1.Response.decode(reader, reader.size(), $undefined, _depth + 1, message.response);
                            message.kind = "response";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.event = $root.hac.v1.Event.decode(reader, reader.size(), $undefined, _depth + 1, message.event);
                            message.kind = "event";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Frame message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hac.v1.Frame
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hac.v1.Frame} Frame
             */
            Frame.fromObject = function (object, _depth) {
                if (object instanceof $root.hac.v1.Frame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hac.v1.Frame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hac.v1.Frame();
                if (object.request != null) {
                    if (!$util.isObject(object.request))
                        throw $TypeError(".hac.v1.Frame.request: object expected");
                    message.request = $root.hac.v1.Request.fromObject(object.request, _depth + 1);
                }
                if (object.response != null) {
                    if (!$util.isObject(object.response))
                        throw $TypeError(".hac.v1.Frame.response: object expected");
                    message.response = $root.hac.v1.Response.fromObject(object.response, _depth + 1);
                }
                if (object.event != null) {
                    if (!$util.isObject(object.event))
                        throw $TypeError(".hac.v1.Frame.event: object expected");
                    message.event = $root.hac.v1.Event.fromObject(object.event, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Frame message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hac.v1.Frame
             * @static
             * @param {hac.v1.Frame} message Frame
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Frame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.request != null && $Object.hasOwnProperty.call(message, "request")) {
                    object.request = $root.hac.v1.Request.toObject(message.request, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "request";
                }
                if (message.response != null && $Object.hasOwnProperty.call(message, "response")) {
                    object.response = $root.hac.v1.Response.toObject(message.response, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "response";
                }
                if (message.event != null && $Object.hasOwnProperty.call(message, "event")) {
                    object.event = $root.hac.v1.Event.toObject(message.event, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "event";
                }
                return object;
            };

            /**
             * Converts this Frame to JSON.
             * @function toJSON
             * @memberof hac.v1.Frame
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Frame.prototype.toJSON = function() {
                return Frame.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Frame
             * @function getTypeUrl
             * @memberof hac.v1.Frame
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Frame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hac.v1.Frame";
            };

            return Frame;
        })();

        v1.Request = (function() {

            /**
             * Properties of a Request.
             * @typedef {Object} hac.v1.Request.$Properties
             * @property {number|null} [seq] Request seq
             * @property {hac.v1.HelloRequest.$Properties|null} [hello] Request hello
             * @property {hac.v1.RegReadRequest.$Properties|null} [regRead] Request regRead
             * @property {hac.v1.RegWriteRequest.$Properties|null} [regWrite] Request regWrite
             * @property {hac.v1.MemWriteRequest.$Properties|null} [memWrite] Request memWrite
             * @property {hac.v1.MemReadRequest.$Properties|null} [memRead] Request memRead
             * @property {hac.v1.MemDigestRequest.$Properties|null} [memDigest] Request memDigest
             * @property {hac.v1.RunQueryRequest.$Properties|null} [runQuery] Request runQuery
             * @property {hac.v1.AppendTokenRequest.$Properties|null} [appendToken] Request appendToken
             * @property {hac.v1.ResetContextRequest.$Properties|null} [resetContext] Request resetContext
             * @property {hac.v1.ReadResultRequest.$Properties|null} [readResult] Request readResult
             * @property {hac.v1.ReadCountersRequest.$Properties|null} [readCounters] Request readCounters
             * @property {hac.v1.ResetRequest.$Properties|null} [reset] Request reset
             * @property {hac.v1.PingRequest.$Properties|null} [ping] Request ping
             * @property {hac.v1.RunQueriesRequest.$Properties|null} [runQueries] Request runQueries
             * @property {hac.v1.ClearFenceRequest.$Properties|null} [clearFence] Request clearFence
             * @property {"hello"|"regRead"|"regWrite"|"memWrite"|"memRead"|"memDigest"|"runQuery"|"appendToken"|"resetContext"|"readResult"|"readCounters"|"reset"|"ping"|"runQueries"|"clearFence"} [body] Request body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Request.
             * @memberof hac.v1
             * @interface IRequest
             * @augments hac.v1.Request.$Properties
             * @deprecated Use hac.v1.Request.$Properties instead.
             */

            /**
             * Narrowed shape of a Request.
             * @typedef {{
             *   seq?: number|null;
             *   hello?: hac.v1.HelloRequest.$Shape|null;
             *   regRead?: hac.v1.RegReadRequest.$Shape|null;
             *   regWrite?: hac.v1.RegWriteRequest.$Shape|null;
             *   memWrite?: hac.v1.MemWriteRequest.$Shape|null;
             *   memRead?: hac.v1.MemReadRequest.$Shape|null;
             *   memDigest?: hac.v1.MemDigestRequest.$Shape|null;
             *   runQuery?: hac.v1.RunQueryRequest.$Shape|null;
             *   appendToken?: hac.v1.AppendTokenRequest.$Shape|null;
             *   resetContext?: hac.v1.ResetContextRequest.$Shape|null;
             *   readResult?: hac.v1.ReadResultRequest.$Shape|null;
             *   readCounters?: hac.v1.ReadCountersRequest.$Shape|null;
             *   reset?: hac.v1.ResetRequest.$Shape|null;
             *   ping?: hac.v1.PingRequest.$Shape|null;
             *   runQueries?: hac.v1.RunQueriesRequest.$Shape|null;
             *   clearFence?: hac.v1.ClearFenceRequest.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; hello?: null; regRead?: null; regWrite?: null; memWrite?: null; memRead?: null; memDigest?: null; runQuery?: null; appendToken?: null; resetContext?: null; readResult?: null; readCounters?: null; reset?: null; ping?: null; runQueries?: null; clearFence?: null }|{ body?: "hello"; hello: hac.v1.HelloRequest.$Shape; regRead?: null; regWrite?: null; memWrite?: null; memRead?: null; memDigest?: null; runQuery?: null; appendToken?: null; resetContext?: null; readResult?: null; readCounters?: null; reset?: null; ping?: null; runQueries?: null; clearFence?: null }|{ body?: "regRead"; hello?: null; regRead: hac.v1.RegReadRequest.$Shape; regWrite?: null; memWrite?: null; memRead?: null; memDigest?: null; runQuery?: null; appendToken?: null; resetContext?: null; readResult?: null; readCounters?: null; reset?: null; ping?: null; runQueries?: null; clearFence?: null }|{ body?: "regWrite"; hello?: null; regRead?: null; regWrite: hac.v1.RegWriteRequest.$Shape; memWrite?: null; memRead?: null; memDigest?: null; runQuery?: null; appendToken?: null; resetContext?: null; readResult?: null; readCounters?: null; reset?: null; ping?: null; runQueries?: null; clearFence?: null }|{ body?: "memWrite"; hello?: null; regRead?: null; regWrite?: null; memWrite: hac.v1.MemWriteRequest.$Shape; memRead?: null; memDigest?: null; runQuery?: null; appendToken?: null; resetContext?: null; readResult?: null; readCounters?: null; reset?: null; ping?: null; runQueries?: null; clearFence?: null }|{ body?: "memRead"; hello?: null; regRead?: null; regWrite?: null; memWrite?: null; memRead: hac.v1.MemReadRequest.$Shape; memDigest?: null; runQuery?: null; appendToken?: null; resetContext?: null; readResult?: null; readCounters?: null; reset?: null; ping?: null; runQueries?: null; clearFence?: null }|{ body?: "memDigest"; hello?: null; regRead?: null; regWrite?: null; memWrite?: null; memRead?: null; memDigest: hac.v1.MemDigestRequest.$Shape; runQuery?: null; appendToken?: null; resetContext?: null; readResult?: null; readCounters?: null; reset?: null; ping?: null; runQueries?: null; clearFence?: null }|{ body?: "runQuery"; hello?: null; regRead?: null; regWrite?: null; memWrite?: null; memRead?: null; memDigest?: null; runQuery: hac.v1.RunQueryRequest.$Shape; appendToken?: null; resetContext?: null; readResult?: null; readCounters?: null; reset?: null; ping?: null; runQueries?: null; clearFence?: null }|{ body?: "appendToken"; hello?: null; regRead?: null; regWrite?: null; memWrite?: null; memRead?: null; memDigest?: null; runQuery?: null; appendToken: hac.v1.AppendTokenRequest.$Shape; resetContext?: null; readResult?: null; readCounters?: null; reset?: null; ping?: null; runQueries?: null; clearFence?: null }|{ body?: "resetContext"; hello?: null; regRead?: null; regWrite?: null; memWrite?: null; memRead?: null; memDigest?: null; runQuery?: null; appendToken?: null; resetContext: hac.v1.ResetContextRequest.$Shape; readResult?: null; readCounters?: null; reset?: null; ping?: null; runQueries?: null; clearFence?: null }|{ body?: "readResult"; hello?: null; regRead?: null; regWrite?: null; memWrite?: null; memRead?: null; memDigest?: null; runQuery?: null; appendToken?: null; resetContext?: null; readResult: hac.v1.ReadResultRequest.$Shape; readCounters?: null; reset?: null; ping?: null; runQueries?: null; clearFence?: null }|{ body?: "readCounters"; hello?: null; regRead?: null; regWrite?: null; memWrite?: null; memRead?: null; memDigest?: null; runQuery?: null; appendToken?: null; resetContext?: null; readResult?: null; readCounters: hac.v1.ReadCountersRequest.$Shape; reset?: null; ping?: null; runQueries?: null; clearFence?: null }|{ body?: "reset"; hello?: null; regRead?: null; regWrite?: null; memWrite?: null; memRead?: null; memDigest?: null; runQuery?: null; appendToken?: null; resetContext?: null; readResult?: null; readCounters?: null; reset: hac.v1.ResetRequest.$Shape; ping?: null; runQueries?: null; clearFence?: null }|{ body?: "ping"; hello?: null; regRead?: null; regWrite?: null; memWrite?: null; memRead?: null; memDigest?: null; runQuery?: null; appendToken?: null; resetContext?: null; readResult?: null; readCounters?: null; reset?: null; ping: hac.v1.PingRequest.$Shape; runQueries?: null; clearFence?: null }|{ body?: "runQueries"; hello?: null; regRead?: null; regWrite?: null; memWrite?: null; memRead?: null; memDigest?: null; runQuery?: null; appendToken?: null; resetContext?: null; readResult?: null; readCounters?: null; reset?: null; ping?: null; runQueries: hac.v1.RunQueriesRequest.$Shape; clearFence?: null }|{ body?: "clearFence"; hello?: null; regRead?: null; regWrite?: null; memWrite?: null; memRead?: null; memDigest?: null; runQuery?: null; appendToken?: null; resetContext?: null; readResult?: null; readCounters?: null; reset?: null; ping?: null; runQueries?: null; clearFence: hac.v1.ClearFenceRequest.$Shape })
             * )} hac.v1.Request.$Shape
             */

            /**
             * Constructs a new Request.
             * @memberof hac.v1
             * @classdesc Represents a Request.
             * @constructor
             * @param {hac.v1.Request.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Request = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Request seq.
             * @member {number} seq
             * @memberof hac.v1.Request
             * @instance
             */
            Request.prototype.seq = 0;

            /**
             * Request hello.
             * @member {hac.v1.HelloRequest.$Properties|null|undefined} hello
             * @memberof hac.v1.Request
             * @instance
             */
            Request.prototype.hello = null;

            /**
             * Request regRead.
             * @member {hac.v1.RegReadRequest.$Properties|null|undefined} regRead
             * @memberof hac.v1.Request
             * @instance
             */
            Request.prototype.regRead = null;

            /**
             * Request regWrite.
             * @member {hac.v1.RegWriteRequest.$Properties|null|undefined} regWrite
             * @memberof hac.v1.Request
             * @instance
             */
            Request.prototype.regWrite = null;

            /**
             * Request memWrite.
             * @member {hac.v1.MemWriteRequest.$Properties|null|undefined} memWrite
             * @memberof hac.v1.Request
             * @instance
             */
            Request.prototype.memWrite = null;

            /**
             * Request memRead.
             * @member {hac.v1.MemReadRequest.$Properties|null|undefined} memRead
             * @memberof hac.v1.Request
             * @instance
             */
            Request.prototype.memRead = null;

            /**
             * Request memDigest.
             * @member {hac.v1.MemDigestRequest.$Properties|null|undefined} memDigest
             * @memberof hac.v1.Request
             * @instance
             */
            Request.prototype.memDigest = null;

            /**
             * Request runQuery.
             * @member {hac.v1.RunQueryRequest.$Properties|null|undefined} runQuery
             * @memberof hac.v1.Request
             * @instance
             */
            Request.prototype.runQuery = null;

            /**
             * Request appendToken.
             * @member {hac.v1.AppendTokenRequest.$Properties|null|undefined} appendToken
             * @memberof hac.v1.Request
             * @instance
             */
            Request.prototype.appendToken = null;

            /**
             * Request resetContext.
             * @member {hac.v1.ResetContextRequest.$Properties|null|undefined} resetContext
             * @memberof hac.v1.Request
             * @instance
             */
            Request.prototype.resetContext = null;

            /**
             * Request readResult.
             * @member {hac.v1.ReadResultRequest.$Properties|null|undefined} readResult
             * @memberof hac.v1.Request
             * @instance
             */
            Request.prototype.readResult = null;

            /**
             * Request readCounters.
             * @member {hac.v1.ReadCountersRequest.$Properties|null|undefined} readCounters
             * @memberof hac.v1.Request
             * @instance
             */
            Request.prototype.readCounters = null;

            /**
             * Request reset.
             * @member {hac.v1.ResetRequest.$Properties|null|undefined} reset
             * @memberof hac.v1.Request
             * @instance
             */
            Request.prototype.reset = null;

            /**
             * Request ping.
             * @member {hac.v1.PingRequest.$Properties|null|undefined} ping
             * @memberof hac.v1.Request
             * @instance
             */
            Request.prototype.ping = null;

            /**
             * Request runQueries.
             * @member {hac.v1.RunQueriesRequest.$Properties|null|undefined} runQueries
             * @memberof hac.v1.Request
             * @instance
             */
            Request.prototype.runQueries = null;

            /**
             * Request clearFence.
             * @member {hac.v1.ClearFenceRequest.$Properties|null|undefined} clearFence
             * @memberof hac.v1.Request
             * @instance
             */
            Request.prototype.clearFence = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Request body.
             * @member {"hello"|"regRead"|"regWrite"|"memWrite"|"memRead"|"memDigest"|"runQuery"|"appendToken"|"resetContext"|"readResult"|"readCounters"|"reset"|"ping"|"runQueries"|"clearFence"|undefined} body
             * @memberof hac.v1.Request
             * @instance
             */
            $Object.defineProperty(Request.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["hello", "regRead", "regWrite", "memWrite", "memRead", "memDigest", "runQuery", "appendToken", "resetContext", "readResult", "readCounters", "reset", "ping", "runQueries", "clearFence"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Request instance using the specified properties.
             * @function create
             * @memberof hac.v1.Request
             * @static
             * @param {hac.v1.Request.$Properties=} [properties] Properties to set
             * @returns {hac.v1.Request} Request instance
             * @type {{
             *   (properties: hac.v1.Request.$Shape): hac.v1.Request & hac.v1.Request.$Shape;
             *   (properties?: hac.v1.Request.$Properties): hac.v1.Request;
             * }}
             */
            Request.create = function(properties) {
                return new Request(properties);
            };

            /**
             * Encodes the specified Request message. Does not implicitly {@link hac.v1.Request.verify|verify} messages.
             * @function encode
             * @memberof hac.v1.Request
             * @static
             * @param {hac.v1.Request.$Properties} message Request message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Request.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && message.seq !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.seq);
                if (message.hello != null && $Object.hasOwnProperty.call(message, "hello"))
                    $root.hac.v1.HelloRequest.encode(message.hello, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.regRead != null && $Object.hasOwnProperty.call(message, "regRead"))
                    $root.hac.v1.RegReadRequest.encode(message.regRead, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.regWrite != null && $Object.hasOwnProperty.call(message, "regWrite"))
                    $root.hac.v1.RegWriteRequest.encode(message.regWrite, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.memWrite != null && $Object.hasOwnProperty.call(message, "memWrite"))
                    $root.hac.v1.MemWriteRequest.encode(message.memWrite, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.memRead != null && $Object.hasOwnProperty.call(message, "memRead"))
                    $root.hac.v1.MemReadRequest.encode(message.memRead, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.memDigest != null && $Object.hasOwnProperty.call(message, "memDigest"))
                    $root.hac.v1.MemDigestRequest.encode(message.memDigest, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.runQuery != null && $Object.hasOwnProperty.call(message, "runQuery"))
                    $root.hac.v1.RunQueryRequest.encode(message.runQuery, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.appendToken != null && $Object.hasOwnProperty.call(message, "appendToken"))
                    $root.hac.v1.AppendTokenRequest.encode(message.appendToken, writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
                if (message.resetContext != null && $Object.hasOwnProperty.call(message, "resetContext"))
                    $root.hac.v1.ResetContextRequest.encode(message.resetContext, writer.uint32(/* id 18, wireType 2 =*/146).fork(), _depth + 1).ldelim();
                if (message.readResult != null && $Object.hasOwnProperty.call(message, "readResult"))
                    $root.hac.v1.ReadResultRequest.encode(message.readResult, writer.uint32(/* id 19, wireType 2 =*/154).fork(), _depth + 1).ldelim();
                if (message.readCounters != null && $Object.hasOwnProperty.call(message, "readCounters"))
                    $root.hac.v1.ReadCountersRequest.encode(message.readCounters, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
                if (message.reset != null && $Object.hasOwnProperty.call(message, "reset"))
                    $root.hac.v1.ResetRequest.encode(message.reset, writer.uint32(/* id 21, wireType 2 =*/170).fork(), _depth + 1).ldelim();
                if (message.ping != null && $Object.hasOwnProperty.call(message, "ping"))
                    $root.hac.v1.PingRequest.encode(message.ping, writer.uint32(/* id 22, wireType 2 =*/178).fork(), _depth + 1).ldelim();
                if (message.runQueries != null && $Object.hasOwnProperty.call(message, "runQueries"))
                    $root.hac.v1.RunQueriesRequest.encode(message.runQueries, writer.uint32(/* id 23, wireType 2 =*/186).fork(), _depth + 1).ldelim();
                if (message.clearFence != null && $Object.hasOwnProperty.call(message, "clearFence"))
                    $root.hac.v1.ClearFenceRequest.encode(message.clearFence, writer.uint32(/* id 24, wireType 2 =*/194).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @function decode
             * @memberof hac.v1.Request
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hac.v1.Request & hac.v1.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Request.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hac.v1.Request();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.hello = $root.hac.v1.HelloRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.hello);
                            message.body = "hello";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.regRead = $root.hac.v1.RegReadRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.regRead);
                            message.body = "regRead";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.regWrite = $root.hac.v1.RegWriteRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.regWrite);
                            message.body = "regWrite";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.memWrite = $root.hac.v1.MemWriteRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.memWrite);
                            message.body = "memWrite";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.memRead = $root.hac.v1.MemReadRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.memRead);
                            message.body = "memRead";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.memDigest = $root.hac.v1.MemDigestRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.memDigest);
                            message.body = "memDigest";
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.runQuery = $root.hac.v1.RunQueryRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.runQuery);
                            message.body = "runQuery";
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            message.appendToken = $root.hac.v1.AppendTokenRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.appendToken);
                            message.body = "appendToken";
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            message.resetContext = $root.hac.v1.ResetContextRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.resetContext);
                            message.body = "resetContext";
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            message.readResult = $root.hac.v1.ReadResultRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.readResult);
                            message.body = "readResult";
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            message.readCounters = $root.hac.v1.ReadCountersRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.readCounters);
                            message.body = "readCounters";
                            continue;
                        }
                    case 21: {
                            if (wireType !== 2)
                                break;
                            message.reset = $root.hac.v1.ResetRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.reset);
                            message.body = "reset";
                            continue;
                        }
                    case 22: {
                            if (wireType !== 2)
                                break;
                            message.ping = $root.hac.v1.PingRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.ping);
                            message.body = "ping";
                            continue;
                        }
                    case 23: {
                            if (wireType !== 2)
                                break;
                            message.runQueries = $root.hac.v1.RunQueriesRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.runQueries);
                            message.body = "runQueries";
                            continue;
                        }
                    case 24: {
                            if (wireType !== 2)
                                break;
                            message.clearFence = $root.hac.v1.ClearFenceRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.clearFence);
                            message.body = "clearFence";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Request message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hac.v1.Request
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hac.v1.Request} Request
             */
            Request.fromObject = function (object, _depth) {
                if (object instanceof $root.hac.v1.Request)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hac.v1.Request: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hac.v1.Request();
                if (object.seq != null)
                    if ($Number(object.seq) !== 0)
                        message.seq = object.seq >>> 0;
                if (object.hello != null) {
                    if (!$util.isObject(object.hello))
                        throw $TypeError(".hac.v1.Request.hello: object expected");
                    message.hello = $root.hac.v1.HelloRequest.fromObject(object.hello, _depth + 1);
                }
                if (object.regRead != null) {
                    if (!$util.isObject(object.regRead))
                        throw $TypeError(".hac.v1.Request.regRead: object expected");
                    message.regRead = $root.hac.v1.RegReadRequest.fromObject(object.regRead, _depth + 1);
                }
                if (object.regWrite != null) {
                    if (!$util.isObject(object.regWrite))
                        throw $TypeError(".hac.v1.Request.regWrite: object expected");
                    message.regWrite = $root.hac.v1.RegWriteRequest.fromObject(object.regWrite, _depth + 1);
                }
                if (object.memWrite != null) {
                    if (!$util.isObject(object.memWrite))
                        throw $TypeError(".hac.v1.Request.memWrite: object expected");
                    message.memWrite = $root.hac.v1.MemWriteRequest.fromObject(object.memWrite, _depth + 1);
                }
                if (object.memRead != null) {
                    if (!$util.isObject(object.memRead))
                        throw $TypeError(".hac.v1.Request.memRead: object expected");
                    message.memRead = $root.hac.v1.MemReadRequest.fromObject(object.memRead, _depth + 1);
                }
                if (object.memDigest != null) {
                    if (!$util.isObject(object.memDigest))
                        throw $TypeError(".hac.v1.Request.memDigest: object expected");
                    message.memDigest = $root.hac.v1.MemDigestRequest.fromObject(object.memDigest, _depth + 1);
                }
                if (object.runQuery != null) {
                    if (!$util.isObject(object.runQuery))
                        throw $TypeError(".hac.v1.Request.runQuery: object expected");
                    message.runQuery = $root.hac.v1.RunQueryRequest.fromObject(object.runQuery, _depth + 1);
                }
                if (object.appendToken != null) {
                    if (!$util.isObject(object.appendToken))
                        throw $TypeError(".hac.v1.Request.appendToken: object expected");
                    message.appendToken = $root.hac.v1.AppendTokenRequest.fromObject(object.appendToken, _depth + 1);
                }
                if (object.resetContext != null) {
                    if (!$util.isObject(object.resetContext))
                        throw $TypeError(".hac.v1.Request.resetContext: object expected");
                    message.resetContext = $root.hac.v1.ResetContextRequest.fromObject(object.resetContext, _depth + 1);
                }
                if (object.readResult != null) {
                    if (!$util.isObject(object.readResult))
                        throw $TypeError(".hac.v1.Request.readResult: object expected");
                    message.readResult = $root.hac.v1.ReadResultRequest.fromObject(object.readResult, _depth + 1);
                }
                if (object.readCounters != null) {
                    if (!$util.isObject(object.readCounters))
                        throw $TypeError(".hac.v1.Request.readCounters: object expected");
                    message.readCounters = $root.hac.v1.ReadCountersRequest.fromObject(object.readCounters, _depth + 1);
                }
                if (object.reset != null) {
                    if (!$util.isObject(object.reset))
                        throw $TypeError(".hac.v1.Request.reset: object expected");
                    message.reset = $root.hac.v1.ResetRequest.fromObject(object.reset, _depth + 1);
                }
                if (object.ping != null) {
                    if (!$util.isObject(object.ping))
                        throw $TypeError(".hac.v1.Request.ping: object expected");
                    message.ping = $root.hac.v1.PingRequest.fromObject(object.ping, _depth + 1);
                }
                if (object.runQueries != null) {
                    if (!$util.isObject(object.runQueries))
                        throw $TypeError(".hac.v1.Request.runQueries: object expected");
                    message.runQueries = $root.hac.v1.RunQueriesRequest.fromObject(object.runQueries, _depth + 1);
                }
                if (object.clearFence != null) {
                    if (!$util.isObject(object.clearFence))
                        throw $TypeError(".hac.v1.Request.clearFence: object expected");
                    message.clearFence = $root.hac.v1.ClearFenceRequest.fromObject(object.clearFence, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Request message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hac.v1.Request
             * @static
             * @param {hac.v1.Request} message Request
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Request.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.seq = 0;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    object.seq = message.seq;
                if (message.hello != null && $Object.hasOwnProperty.call(message, "hello")) {
                    object.hello = $root.hac.v1.HelloRequest.toObject(message.hello, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "hello";
                }
                if (message.regRead != null && $Object.hasOwnProperty.call(message, "regRead")) {
                    object.regRead = $root.hac.v1.RegReadRequest.toObject(message.regRead, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "regRead";
                }
                if (message.regWrite != null && $Object.hasOwnProperty.call(message, "regWrite")) {
                    object.regWrite = $root.hac.v1.RegWriteRequest.toObject(message.regWrite, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "regWrite";
                }
                if (message.memWrite != null && $Object.hasOwnProperty.call(message, "memWrite")) {
                    object.memWrite = $root.hac.v1.MemWriteRequest.toObject(message.memWrite, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "memWrite";
                }
                if (message.memRead != null && $Object.hasOwnProperty.call(message, "memRead")) {
                    object.memRead = $root.hac.v1.MemReadRequest.toObject(message.memRead, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "memRead";
                }
                if (message.memDigest != null && $Object.hasOwnProperty.call(message, "memDigest")) {
                    object.memDigest = $root.hac.v1.MemDigestRequest.toObject(message.memDigest, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "memDigest";
                }
                if (message.runQuery != null && $Object.hasOwnProperty.call(message, "runQuery")) {
                    object.runQuery = $root.hac.v1.RunQueryRequest.toObject(message.runQuery, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "runQuery";
                }
                if (message.appendToken != null && $Object.hasOwnProperty.call(message, "appendToken")) {
                    object.appendToken = $root.hac.v1.AppendTokenRequest.toObject(message.appendToken, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "appendToken";
                }
                if (message.resetContext != null && $Object.hasOwnProperty.call(message, "resetContext")) {
                    object.resetContext = $root.hac.v1.ResetContextRequest.toObject(message.resetContext, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "resetContext";
                }
                if (message.readResult != null && $Object.hasOwnProperty.call(message, "readResult")) {
                    object.readResult = $root.hac.v1.ReadResultRequest.toObject(message.readResult, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "readResult";
                }
                if (message.readCounters != null && $Object.hasOwnProperty.call(message, "readCounters")) {
                    object.readCounters = $root.hac.v1.ReadCountersRequest.toObject(message.readCounters, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "readCounters";
                }
                if (message.reset != null && $Object.hasOwnProperty.call(message, "reset")) {
                    object.reset = $root.hac.v1.ResetRequest.toObject(message.reset, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "reset";
                }
                if (message.ping != null && $Object.hasOwnProperty.call(message, "ping")) {
                    object.ping = $root.hac.v1.PingRequest.toObject(message.ping, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "ping";
                }
                if (message.runQueries != null && $Object.hasOwnProperty.call(message, "runQueries")) {
                    object.runQueries = $root.hac.v1.RunQueriesRequest.toObject(message.runQueries, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "runQueries";
                }
                if (message.clearFence != null && $Object.hasOwnProperty.call(message, "clearFence")) {
                    object.clearFence = $root.hac.v1.ClearFenceRequest.toObject(message.clearFence, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "clearFence";
                }
                return object;
            };

            /**
             * Converts this Request to JSON.
             * @function toJSON
             * @memberof hac.v1.Request
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Request.prototype.toJSON = function() {
                return Request.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Request
             * @function getTypeUrl
             * @memberof hac.v1.Request
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Request.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hac.v1.Request";
            };

            return Request;
        })();

        v1.Response = (function() {

            /**
             * Properties of a Response.
             * @typedef {Object} hac.v1.Response.$Properties
             * @property {number|null} [seq] Response seq
             * @property {hac.v1.Status|null} [status] Response status
             * @property {string|null} [detail] Response detail
             * @property {hac.v1.HelloResponse.$Properties|null} [hello] Response hello
             * @property {hac.v1.RegReadResponse.$Properties|null} [regRead] Response regRead
             * @property {hac.v1.RegWriteResponse.$Properties|null} [regWrite] Response regWrite
             * @property {hac.v1.MemWriteResponse.$Properties|null} [memWrite] Response memWrite
             * @property {hac.v1.MemReadResponse.$Properties|null} [memRead] Response memRead
             * @property {hac.v1.MemDigestResponse.$Properties|null} [memDigest] Response memDigest
             * @property {hac.v1.RunQueryResponse.$Properties|null} [runQuery] Response runQuery
             * @property {hac.v1.AppendTokenResponse.$Properties|null} [appendToken] Response appendToken
             * @property {hac.v1.ResetContextResponse.$Properties|null} [resetContext] Response resetContext
             * @property {hac.v1.ReadResultResponse.$Properties|null} [readResult] Response readResult
             * @property {hac.v1.ReadCountersResponse.$Properties|null} [readCounters] Response readCounters
             * @property {hac.v1.ResetResponse.$Properties|null} [reset] Response reset
             * @property {hac.v1.PingResponse.$Properties|null} [ping] Response ping
             * @property {hac.v1.RunQueriesResponse.$Properties|null} [runQueries] Response runQueries
             * @property {hac.v1.ClearFenceResponse.$Properties|null} [clearFence] Response clearFence
             * @property {"hello"|"regRead"|"regWrite"|"memWrite"|"memRead"|"memDigest"|"runQuery"|"appendToken"|"resetContext"|"readResult"|"readCounters"|"reset"|"ping"|"runQueries"|"clearFence"} [body] Response body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Response.
             * @memberof hac.v1
             * @interface IResponse
             * @augments hac.v1.Response.$Properties
             * @deprecated Use hac.v1.Response.$Properties instead.
             */

            /**
             * Narrowed shape of a Response.
             * @typedef {{
             *   seq?: number|null;
             *   status?: hac.v1.Status|null;
             *   detail?: string|null;
             *   hello?: hac.v1.HelloResponse.$Shape|null;
             *   regRead?: hac.v1.RegReadResponse.$Shape|null;
             *   regWrite?: hac.v1.RegWriteResponse.$Shape|null;
             *   memWrite?: hac.v1.MemWriteResponse.$Shape|null;
             *   memRead?: hac.v1.MemReadResponse.$Shape|null;
             *   memDigest?: hac.v1.MemDigestResponse.$Shape|null;
             *   runQuery?: hac.v1.RunQueryResponse.$Shape|null;
             *   appendToken?: hac.v1.AppendTokenResponse.$Shape|null;
             *   resetContext?: hac.v1.ResetContextResponse.$Shape|null;
             *   readResult?: hac.v1.ReadResultResponse.$Shape|null;
             *   readCounters?: hac.v1.ReadCountersResponse.$Shape|null;
             *   reset?: hac.v1.ResetResponse.$Shape|null;
             *   ping?: hac.v1.PingResponse.$Shape|null;
             *   runQueries?: hac.v1.RunQueriesResponse.$Shape|null;
             *   clearFence?: hac.v1.ClearFenceResponse.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; hello?: null; regRead?: null; regWrite?: null; memWrite?: null; memRead?: null; memDigest?: null; runQuery?: null; appendToken?: null; resetContext?: null; readResult?: null; readCounters?: null; reset?: null; ping?: null; runQueries?: null; clearFence?: null }|{ body?: "hello"; hello: hac.v1.HelloResponse.$Shape; regRead?: null; regWrite?: null; memWrite?: null; memRead?: null; memDigest?: null; runQuery?: null; appendToken?: null; resetContext?: null; readResult?: null; readCounters?: null; reset?: null; ping?: null; runQueries?: null; clearFence?: null }|{ body?: "regRead"; hello?: null; regRead: hac.v1.RegReadResponse.$Shape; regWrite?: null; memWrite?: null; memRead?: null; memDigest?: null; runQuery?: null; appendToken?: null; resetContext?: null; readResult?: null; readCounters?: null; reset?: null; ping?: null; runQueries?: null; clearFence?: null }|{ body?: "regWrite"; hello?: null; regRead?: null; regWrite: hac.v1.RegWriteResponse.$Shape; memWrite?: null; memRead?: null; memDigest?: null; runQuery?: null; appendToken?: null; resetContext?: null; readResult?: null; readCounters?: null; reset?: null; ping?: null; runQueries?: null; clearFence?: null }|{ body?: "memWrite"; hello?: null; regRead?: null; regWrite?: null; memWrite: hac.v1.MemWriteResponse.$Shape; memRead?: null; memDigest?: null; runQuery?: null; appendToken?: null; resetContext?: null; readResult?: null; readCounters?: null; reset?: null; ping?: null; runQueries?: null; clearFence?: null }|{ body?: "memRead"; hello?: null; regRead?: null; regWrite?: null; memWrite?: null; memRead: hac.v1.MemReadResponse.$Shape; memDigest?: null; runQuery?: null; appendToken?: null; resetContext?: null; readResult?: null; readCounters?: null; reset?: null; ping?: null; runQueries?: null; clearFence?: null }|{ body?: "memDigest"; hello?: null; regRead?: null; regWrite?: null; memWrite?: null; memRead?: null; memDigest: hac.v1.MemDigestResponse.$Shape; runQuery?: null; appendToken?: null; resetContext?: null; readResult?: null; readCounters?: null; reset?: null; ping?: null; runQueries?: null; clearFence?: null }|{ body?: "runQuery"; hello?: null; regRead?: null; regWrite?: null; memWrite?: null; memRead?: null; memDigest?: null; runQuery: hac.v1.RunQueryResponse.$Shape; appendToken?: null; resetContext?: null; readResult?: null; readCounters?: null; reset?: null; ping?: null; runQueries?: null; clearFence?: null }|{ body?: "appendToken"; hello?: null; regRead?: null; regWrite?: null; memWrite?: null; memRead?: null; memDigest?: null; runQuery?: null; appendToken: hac.v1.AppendTokenResponse.$Shape; resetContext?: null; readResult?: null; readCounters?: null; reset?: null; ping?: null; runQueries?: null; clearFence?: null }|{ body?: "resetContext"; hello?: null; regRead?: null; regWrite?: null; memWrite?: null; memRead?: null; memDigest?: null; runQuery?: null; appendToken?: null; resetContext: hac.v1.ResetContextResponse.$Shape; readResult?: null; readCounters?: null; reset?: null; ping?: null; runQueries?: null; clearFence?: null }|{ body?: "readResult"; hello?: null; regRead?: null; regWrite?: null; memWrite?: null; memRead?: null; memDigest?: null; runQuery?: null; appendToken?: null; resetContext?: null; readResult: hac.v1.ReadResultResponse.$Shape; readCounters?: null; reset?: null; ping?: null; runQueries?: null; clearFence?: null }|{ body?: "readCounters"; hello?: null; regRead?: null; regWrite?: null; memWrite?: null; memRead?: null; memDigest?: null; runQuery?: null; appendToken?: null; resetContext?: null; readResult?: null; readCounters: hac.v1.ReadCountersResponse.$Shape; reset?: null; ping?: null; runQueries?: null; clearFence?: null }|{ body?: "reset"; hello?: null; regRead?: null; regWrite?: null; memWrite?: null; memRead?: null; memDigest?: null; runQuery?: null; appendToken?: null; resetContext?: null; readResult?: null; readCounters?: null; reset: hac.v1.ResetResponse.$Shape; ping?: null; runQueries?: null; clearFence?: null }|{ body?: "ping"; hello?: null; regRead?: null; regWrite?: null; memWrite?: null; memRead?: null; memDigest?: null; runQuery?: null; appendToken?: null; resetContext?: null; readResult?: null; readCounters?: null; reset?: null; ping: hac.v1.PingResponse.$Shape; runQueries?: null; clearFence?: null }|{ body?: "runQueries"; hello?: null; regRead?: null; regWrite?: null; memWrite?: null; memRead?: null; memDigest?: null; runQuery?: null; appendToken?: null; resetContext?: null; readResult?: null; readCounters?: null; reset?: null; ping?: null; runQueries: hac.v1.RunQueriesResponse.$Shape; clearFence?: null }|{ body?: "clearFence"; hello?: null; regRead?: null; regWrite?: null; memWrite?: null; memRead?: null; memDigest?: null; runQuery?: null; appendToken?: null; resetContext?: null; readResult?: null; readCounters?: null; reset?: null; ping?: null; runQueries?: null; clearFence: hac.v1.ClearFenceResponse.$Shape })
             * )} hac.v1.Response.$Shape
             */

            /**
             * Constructs a new Response.
             * @memberof hac.v1
             * @classdesc Represents a Response.
             * @constructor
             * @param {hac.v1.Response.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Response = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Response seq.
             * @member {number} seq
             * @memberof hac.v1.Response
             * @instance
             */
            Response.prototype.seq = 0;

            /**
             * Response status.
             * @member {hac.v1.Status} status
             * @memberof hac.v1.Response
             * @instance
             */
            Response.prototype.status = 0;

            /**
             * Response detail.
             * @member {string} detail
             * @memberof hac.v1.Response
             * @instance
             */
            Response.prototype.detail = "";

            /**
             * Response hello.
             * @member {hac.v1.HelloResponse.$Properties|null|undefined} hello
             * @memberof hac.v1.Response
             * @instance
             */
            Response.prototype.hello = null;

            /**
             * Response regRead.
             * @member {hac.v1.RegReadResponse.$Properties|null|undefined} regRead
             * @memberof hac.v1.Response
             * @instance
             */
            Response.prototype.regRead = null;

            /**
             * Response regWrite.
             * @member {hac.v1.RegWriteResponse.$Properties|null|undefined} regWrite
             * @memberof hac.v1.Response
             * @instance
             */
            Response.prototype.regWrite = null;

            /**
             * Response memWrite.
             * @member {hac.v1.MemWriteResponse.$Properties|null|undefined} memWrite
             * @memberof hac.v1.Response
             * @instance
             */
            Response.prototype.memWrite = null;

            /**
             * Response memRead.
             * @member {hac.v1.MemReadResponse.$Properties|null|undefined} memRead
             * @memberof hac.v1.Response
             * @instance
             */
            Response.prototype.memRead = null;

            /**
             * Response memDigest.
             * @member {hac.v1.MemDigestResponse.$Properties|null|undefined} memDigest
             * @memberof hac.v1.Response
             * @instance
             */
            Response.prototype.memDigest = null;

            /**
             * Response runQuery.
             * @member {hac.v1.RunQueryResponse.$Properties|null|undefined} runQuery
             * @memberof hac.v1.Response
             * @instance
             */
            Response.prototype.runQuery = null;

            /**
             * Response appendToken.
             * @member {hac.v1.AppendTokenResponse.$Properties|null|undefined} appendToken
             * @memberof hac.v1.Response
             * @instance
             */
            Response.prototype.appendToken = null;

            /**
             * Response resetContext.
             * @member {hac.v1.ResetContextResponse.$Properties|null|undefined} resetContext
             * @memberof hac.v1.Response
             * @instance
             */
            Response.prototype.resetContext = null;

            /**
             * Response readResult.
             * @member {hac.v1.ReadResultResponse.$Properties|null|undefined} readResult
             * @memberof hac.v1.Response
             * @instance
             */
            Response.prototype.readResult = null;

            /**
             * Response readCounters.
             * @member {hac.v1.ReadCountersResponse.$Properties|null|undefined} readCounters
             * @memberof hac.v1.Response
             * @instance
             */
            Response.prototype.readCounters = null;

            /**
             * Response reset.
             * @member {hac.v1.ResetResponse.$Properties|null|undefined} reset
             * @memberof hac.v1.Response
             * @instance
             */
            Response.prototype.reset = null;

            /**
             * Response ping.
             * @member {hac.v1.PingResponse.$Properties|null|undefined} ping
             * @memberof hac.v1.Response
             * @instance
             */
            Response.prototype.ping = null;

            /**
             * Response runQueries.
             * @member {hac.v1.RunQueriesResponse.$Properties|null|undefined} runQueries
             * @memberof hac.v1.Response
             * @instance
             */
            Response.prototype.runQueries = null;

            /**
             * Response clearFence.
             * @member {hac.v1.ClearFenceResponse.$Properties|null|undefined} clearFence
             * @memberof hac.v1.Response
             * @instance
             */
            Response.prototype.clearFence = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Response body.
             * @member {"hello"|"regRead"|"regWrite"|"memWrite"|"memRead"|"memDigest"|"runQuery"|"appendToken"|"resetContext"|"readResult"|"readCounters"|"reset"|"ping"|"runQueries"|"clearFence"|undefined} body
             * @memberof hac.v1.Response
             * @instance
             */
            $Object.defineProperty(Response.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["hello", "regRead", "regWrite", "memWrite", "memRead", "memDigest", "runQuery", "appendToken", "resetContext", "readResult", "readCounters", "reset", "ping", "runQueries", "clearFence"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Response instance using the specified properties.
             * @function create
             * @memberof hac.v1.Response
             * @static
             * @param {hac.v1.Response.$Properties=} [properties] Properties to set
             * @returns {hac.v1.Response} Response instance
             * @type {{
             *   (properties: hac.v1.Response.$Shape): hac.v1.Response & hac.v1.Response.$Shape;
             *   (properties?: hac.v1.Response.$Properties): hac.v1.Response;
             * }}
             */
            Response.create = function(properties) {
                return new Response(properties);
            };

            /**
             * Encodes the specified Response message. Does not implicitly {@link hac.v1.Response.verify|verify} messages.
             * @function encode
             * @memberof hac.v1.Response
             * @static
             * @param {hac.v1.Response.$Properties} message Response message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Response.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && message.seq !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.seq);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.status);
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail") && message.detail !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.detail);
                if (message.hello != null && $Object.hasOwnProperty.call(message, "hello"))
                    $root.hac.v1.HelloResponse.encode(message.hello, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.regRead != null && $Object.hasOwnProperty.call(message, "regRead"))
                    $root.hac.v1.RegReadResponse.encode(message.regRead, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.regWrite != null && $Object.hasOwnProperty.call(message, "regWrite"))
                    $root.hac.v1.RegWriteResponse.encode(message.regWrite, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.memWrite != null && $Object.hasOwnProperty.call(message, "memWrite"))
                    $root.hac.v1.MemWriteResponse.encode(message.memWrite, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.memRead != null && $Object.hasOwnProperty.call(message, "memRead"))
                    $root.hac.v1.MemReadResponse.encode(message.memRead, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.memDigest != null && $Object.hasOwnProperty.call(message, "memDigest"))
                    $root.hac.v1.MemDigestResponse.encode(message.memDigest, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.runQuery != null && $Object.hasOwnProperty.call(message, "runQuery"))
                    $root.hac.v1.RunQueryResponse.encode(message.runQuery, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.appendToken != null && $Object.hasOwnProperty.call(message, "appendToken"))
                    $root.hac.v1.AppendTokenResponse.encode(message.appendToken, writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
                if (message.resetContext != null && $Object.hasOwnProperty.call(message, "resetContext"))
                    $root.hac.v1.ResetContextResponse.encode(message.resetContext, writer.uint32(/* id 18, wireType 2 =*/146).fork(), _depth + 1).ldelim();
                if (message.readResult != null && $Object.hasOwnProperty.call(message, "readResult"))
                    $root.hac.v1.ReadResultResponse.encode(message.readResult, writer.uint32(/* id 19, wireType 2 =*/154).fork(), _depth + 1).ldelim();
                if (message.readCounters != null && $Object.hasOwnProperty.call(message, "readCounters"))
                    $root.hac.v1.ReadCountersResponse.encode(message.readCounters, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
                if (message.reset != null && $Object.hasOwnProperty.call(message, "reset"))
                    $root.hac.v1.ResetResponse.encode(message.reset, writer.uint32(/* id 21, wireType 2 =*/170).fork(), _depth + 1).ldelim();
                if (message.ping != null && $Object.hasOwnProperty.call(message, "ping"))
                    $root.hac.v1.PingResponse.encode(message.ping, writer.uint32(/* id 22, wireType 2 =*/178).fork(), _depth + 1).ldelim();
                if (message.runQueries != null && $Object.hasOwnProperty.call(message, "runQueries"))
                    $root.hac.v1.RunQueriesResponse.encode(message.runQueries, writer.uint32(/* id 23, wireType 2 =*/186).fork(), _depth + 1).ldelim();
                if (message.clearFence != null && $Object.hasOwnProperty.call(message, "clearFence"))
                    $root.hac.v1.ClearFenceResponse.encode(message.clearFence, writer.uint32(/* id 24, wireType 2 =*/194).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @function decode
             * @memberof hac.v1.Response
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hac.v1.Response & hac.v1.Response.$Shape} Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Response.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hac.v1.Response();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.detail = value;
                            else
                                delete message.detail;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.hello = $root.hac.v1.HelloResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.hello);
                            message.body = "hello";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.regRead = $root.hac.v1.RegReadResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.regRead);
                            message.body = "regRead";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.regWrite = $root.hac.v1.RegWriteResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.regWrite);
                            message.body = "regWrite";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.memWrite = $root.hac.v1.MemWriteResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.memWrite);
                            message.body = "memWrite";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.memRead = $root.hac.v1.MemReadResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.memRead);
                            message.body = "memRead";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.memDigest = $root.hac.v1.MemDigestResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.memDigest);
                            message.body = "memDigest";
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.runQuery = $root.hac.v1.RunQueryResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.runQuery);
                            message.body = "runQuery";
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            message.appendToken = $root.hac.v1.AppendTokenResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.appendToken);
                            message.body = "appendToken";
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            message.resetContext = $root.hac.v1.ResetContextResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.resetContext);
                            message.body = "resetContext";
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            message.readResult = $root.hac.v1.ReadResultResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.readResult);
                            message.body = "readResult";
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            message.readCounters = $root.hac.v1.ReadCountersResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.readCounters);
                            message.body = "readCounters";
                            continue;
                        }
                    case 21: {
                            if (wireType !== 2)
                                break;
                            message.reset = $root.hac.v1.ResetResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.reset);
                            message.body = "reset";
                            continue;
                        }
                    case 22: {
                            if (wireType !== 2)
                                break;
                            message.ping = $root.hac.v1.PingResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.ping);
                            message.body = "ping";
                            continue;
                        }
                    case 23: {
                            if (wireType !== 2)
                                break;
                            message.runQueries = $root.hac.v1.RunQueriesResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.runQueries);
                            message.body = "runQueries";
                            continue;
                        }
                    case 24: {
                            if (wireType !== 2)
                                break;
                            message.clearFence = $root.hac.v1.ClearFenceResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.clearFence);
                            message.body = "clearFence";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Response message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hac.v1.Response
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hac.v1.Response} Response
             */
            Response.fromObject = function (object, _depth) {
                if (object instanceof $root.hac.v1.Response)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hac.v1.Response: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hac.v1.Response();
                if (object.seq != null)
                    if ($Number(object.seq) !== 0)
                        message.seq = object.seq >>> 0;
                if (object.status !== 0 && (typeof object.status !== "string" || $root.hac.v1.Status[object.status] !== 0))
                    switch (object.status) {
                    case "STATUS_OK":
                    case 0:
                        message.status = 0;
                        break;
                    case "STATUS_UNKNOWN_REQUEST":
                    case 1:
                        message.status = 1;
                        break;
                    case "STATUS_BAD_REGION":
                    case 2:
                        message.status = 2;
                        break;
                    case "STATUS_OUT_OF_RANGE":
                    case 3:
                        message.status = 3;
                        break;
                    case "STATUS_CONTEXT_FULL":
                    case 4:
                        message.status = 4;
                        break;
                    case "STATUS_BUSY":
                    case 5:
                        message.status = 5;
                        break;
                    case "STATUS_UNSUPPORTED":
                    case 6:
                        message.status = 6;
                        break;
                    case "STATUS_BAD_CRC":
                    case 7:
                        message.status = 7;
                        break;
                    case "STATUS_INVALID_CONFIG":
                    case 8:
                        message.status = 8;
                        break;
                    case "STATUS_BAD_ADDRESS":
                    case 9:
                        message.status = 9;
                        break;
                    case "STATUS_ACCESS_DENIED":
                    case 10:
                        message.status = 10;
                        break;
                    case "STATUS_BAD_ARGUMENT":
                    case 11:
                        message.status = 11;
                        break;
                    case "STATUS_NOT_READY":
                    case 12:
                        message.status = 12;
                        break;
                    case "STATUS_VERSION_MISMATCH":
                    case 13:
                        message.status = 13;
                        break;
                    case "STATUS_DECODE_ERROR":
                    case 14:
                        message.status = 14;
                        break;
                    case "STATUS_INTERNAL":
                    case 15:
                        message.status = 15;
                        break;
                    case "STATUS_VERIFY_FAILED":
                    case 16:
                        message.status = 16;
                        break;
                    case "STATUS_FENCED":
                    case 17:
                        message.status = 17;
                        break;
                    default:
                        if (typeof object.status === "number" && (object.status | 0) === object.status)
                            message.status = object.status;
                    }
                if (object.detail != null)
                    if (typeof object.detail !== "string" || object.detail.length)
                        message.detail = $String(object.detail);
                if (object.hello != null) {
                    if (!$util.isObject(object.hello))
                        throw $TypeError(".hac.v1.Response.hello: object expected");
                    message.hello = $root.hac.v1.HelloResponse.fromObject(object.hello, _depth + 1);
                }
                if (object.regRead != null) {
                    if (!$util.isObject(object.regRead))
                        throw $TypeError(".hac.v1.Response.regRead: object expected");
                    message.regRead = $root.hac.v1.RegReadResponse.fromObject(object.regRead, _depth + 1);
                }
                if (object.regWrite != null) {
                    if (!$util.isObject(object.regWrite))
                        throw $TypeError(".hac.v1.Response.regWrite: object expected");
                    message.regWrite = $root.hac.v1.RegWriteResponse.fromObject(object.regWrite, _depth + 1);
                }
                if (object.memWrite != null) {
                    if (!$util.isObject(object.memWrite))
                        throw $TypeError(".hac.v1.Response.memWrite: object expected");
                    message.memWrite = $root.hac.v1.MemWriteResponse.fromObject(object.memWrite, _depth + 1);
                }
                if (object.memRead != null) {
                    if (!$util.isObject(object.memRead))
                        throw $TypeError(".hac.v1.Response.memRead: object expected");
                    message.memRead = $root.hac.v1.MemReadResponse.fromObject(object.memRead, _depth + 1);
                }
                if (object.memDigest != null) {
                    if (!$util.isObject(object.memDigest))
                        throw $TypeError(".hac.v1.Response.memDigest: object expected");
                    message.memDigest = $root.hac.v1.MemDigestResponse.fromObject(object.memDigest, _depth + 1);
                }
                if (object.runQuery != null) {
                    if (!$util.isObject(object.runQuery))
                        throw $TypeError(".hac.v1.Response.runQuery: object expected");
                    message.runQuery = $root.hac.v1.RunQueryResponse.fromObject(object.runQuery, _depth + 1);
                }
                if (object.appendToken != null) {
                    if (!$util.isObject(object.appendToken))
                        throw $TypeError(".hac.v1.Response.appendToken: object expected");
                    message.appendToken = $root.hac.v1.AppendTokenResponse.fromObject(object.appendToken, _depth + 1);
                }
                if (object.resetContext != null) {
                    if (!$util.isObject(object.resetContext))
                        throw $TypeError(".hac.v1.Response.resetContext: object expected");
                    message.resetContext = $root.hac.v1.ResetContextResponse.fromObject(object.resetContext, _depth + 1);
                }
                if (object.readResult != null) {
                    if (!$util.isObject(object.readResult))
                        throw $TypeError(".hac.v1.Response.readResult: object expected");
                    message.readResult = $root.hac.v1.ReadResultResponse.fromObject(object.readResult, _depth + 1);
                }
                if (object.readCounters != null) {
                    if (!$util.isObject(object.readCounters))
                        throw $TypeError(".hac.v1.Response.readCounters: object expected");
                    message.readCounters = $root.hac.v1.ReadCountersResponse.fromObject(object.readCounters, _depth + 1);
                }
                if (object.reset != null) {
                    if (!$util.isObject(object.reset))
                        throw $TypeError(".hac.v1.Response.reset: object expected");
                    message.reset = $root.hac.v1.ResetResponse.fromObject(object.reset, _depth + 1);
                }
                if (object.ping != null) {
                    if (!$util.isObject(object.ping))
                        throw $TypeError(".hac.v1.Response.ping: object expected");
                    message.ping = $root.hac.v1.PingResponse.fromObject(object.ping, _depth + 1);
                }
                if (object.runQueries != null) {
                    if (!$util.isObject(object.runQueries))
                        throw $TypeError(".hac.v1.Response.runQueries: object expected");
                    message.runQueries = $root.hac.v1.RunQueriesResponse.fromObject(object.runQueries, _depth + 1);
                }
                if (object.clearFence != null) {
                    if (!$util.isObject(object.clearFence))
                        throw $TypeError(".hac.v1.Response.clearFence: object expected");
                    message.clearFence = $root.hac.v1.ClearFenceResponse.fromObject(object.clearFence, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Response message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hac.v1.Response
             * @static
             * @param {hac.v1.Response} message Response
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Response.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.seq = 0;
                    object.status = options.enums === $String ? "STATUS_OK" : 0;
                    object.detail = "";
                }
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    object.seq = message.seq;
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = options.enums === $String ? $root.hac.v1.Status[message.status] === $undefined ? message.status : $root.hac.v1.Status[message.status] : message.status;
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail"))
                    object.detail = message.detail;
                if (message.hello != null && $Object.hasOwnProperty.call(message, "hello")) {
                    object.hello = $root.hac.v1.HelloResponse.toObject(message.hello, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "hello";
                }
                if (message.regRead != null && $Object.hasOwnProperty.call(message, "regRead")) {
                    object.regRead = $root.hac.v1.RegReadResponse.toObject(message.regRead, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "regRead";
                }
                if (message.regWrite != null && $Object.hasOwnProperty.call(message, "regWrite")) {
                    object.regWrite = $root.hac.v1.RegWriteResponse.toObject(message.regWrite, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "regWrite";
                }
                if (message.memWrite != null && $Object.hasOwnProperty.call(message, "memWrite")) {
                    object.memWrite = $root.hac.v1.MemWriteResponse.toObject(message.memWrite, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "memWrite";
                }
                if (message.memRead != null && $Object.hasOwnProperty.call(message, "memRead")) {
                    object.memRead = $root.hac.v1.MemReadResponse.toObject(message.memRead, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "memRead";
                }
                if (message.memDigest != null && $Object.hasOwnProperty.call(message, "memDigest")) {
                    object.memDigest = $root.hac.v1.MemDigestResponse.toObject(message.memDigest, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "memDigest";
                }
                if (message.runQuery != null && $Object.hasOwnProperty.call(message, "runQuery")) {
                    object.runQuery = $root.hac.v1.RunQueryResponse.toObject(message.runQuery, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "runQuery";
                }
                if (message.appendToken != null && $Object.hasOwnProperty.call(message, "appendToken")) {
                    object.appendToken = $root.hac.v1.AppendTokenResponse.toObject(message.appendToken, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "appendToken";
                }
                if (message.resetContext != null && $Object.hasOwnProperty.call(message, "resetContext")) {
                    object.resetContext = $root.hac.v1.ResetContextResponse.toObject(message.resetContext, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "resetContext";
                }
                if (message.readResult != null && $Object.hasOwnProperty.call(message, "readResult")) {
                    object.readResult = $root.hac.v1.ReadResultResponse.toObject(message.readResult, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "readResult";
                }
                if (message.readCounters != null && $Object.hasOwnProperty.call(message, "readCounters")) {
                    object.readCounters = $root.hac.v1.ReadCountersResponse.toObject(message.readCounters, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "readCounters";
                }
                if (message.reset != null && $Object.hasOwnProperty.call(message, "reset")) {
                    object.reset = $root.hac.v1.ResetResponse.toObject(message.reset, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "reset";
                }
                if (message.ping != null && $Object.hasOwnProperty.call(message, "ping")) {
                    object.ping = $root.hac.v1.PingResponse.toObject(message.ping, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "ping";
                }
                if (message.runQueries != null && $Object.hasOwnProperty.call(message, "runQueries")) {
                    object.runQueries = $root.hac.v1.RunQueriesResponse.toObject(message.runQueries, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "runQueries";
                }
                if (message.clearFence != null && $Object.hasOwnProperty.call(message, "clearFence")) {
                    object.clearFence = $root.hac.v1.ClearFenceResponse.toObject(message.clearFence, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "clearFence";
                }
                return object;
            };

            /**
             * Converts this Response to JSON.
             * @function toJSON
             * @memberof hac.v1.Response
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Response.prototype.toJSON = function() {
                return Response.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Response
             * @function getTypeUrl
             * @memberof hac.v1.Response
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Response.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hac.v1.Response";
            };

            return Response;
        })();

        v1.Event = (function() {

            /**
             * Properties of an Event.
             * @typedef {Object} hac.v1.Event.$Properties
             * @property {number|null} [eventSeq] Event eventSeq
             * @property {hac.v1.LogLine.$Properties|null} [log] Event log
             * @property {hac.v1.JobDone.$Properties|null} [jobDone] Event jobDone
             * @property {hac.v1.Fault.$Properties|null} [fault] Event fault
             * @property {"log"|"jobDone"|"fault"} [body] Event body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Event.
             * @memberof hac.v1
             * @interface IEvent
             * @augments hac.v1.Event.$Properties
             * @deprecated Use hac.v1.Event.$Properties instead.
             */

            /**
             * Narrowed shape of an Event.
             * @typedef {{
             *   eventSeq?: number|null;
             *   log?: hac.v1.LogLine.$Shape|null;
             *   jobDone?: hac.v1.JobDone.$Shape|null;
             *   fault?: hac.v1.Fault.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; log?: null; jobDone?: null; fault?: null }|{ body?: "log"; log: hac.v1.LogLine.$Shape; jobDone?: null; fault?: null }|{ body?: "jobDone"; log?: null; jobDone: hac.v1.JobDone.$Shape; fault?: null }|{ body?: "fault"; log?: null; jobDone?: null; fault: hac.v1.Fault.$Shape })
             * )} hac.v1.Event.$Shape
             */

            /**
             * Constructs a new Event.
             * @memberof hac.v1
             * @classdesc Represents an Event.
             * @constructor
             * @param {hac.v1.Event.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Event = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Event eventSeq.
             * @member {number} eventSeq
             * @memberof hac.v1.Event
             * @instance
             */
            Event.prototype.eventSeq = 0;

            /**
             * Event log.
             * @member {hac.v1.LogLine.$Properties|null|undefined} log
             * @memberof hac.v1.Event
             * @instance
             */
            Event.prototype.log = null;

            /**
             * Event jobDone.
             * @member {hac.v1.JobDone.$Properties|null|undefined} jobDone
             * @memberof hac.v1.Event
             * @instance
             */
            Event.prototype.jobDone = null;

            /**
             * Event fault.
             * @member {hac.v1.Fault.$Properties|null|undefined} fault
             * @memberof hac.v1.Event
             * @instance
             */
            Event.prototype.fault = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Event body.
             * @member {"log"|"jobDone"|"fault"|undefined} body
             * @memberof hac.v1.Event
             * @instance
             */
            $Object.defineProperty(Event.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["log", "jobDone", "fault"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Event instance using the specified properties.
             * @function create
             * @memberof hac.v1.Event
             * @static
             * @param {hac.v1.Event.$Properties=} [properties] Properties to set
             * @returns {hac.v1.Event} Event instance
             * @type {{
             *   (properties: hac.v1.Event.$Shape): hac.v1.Event & hac.v1.Event.$Shape;
             *   (properties?: hac.v1.Event.$Properties): hac.v1.Event;
             * }}
             */
            Event.create = function(properties) {
                return new Event(properties);
            };

            /**
             * Encodes the specified Event message. Does not implicitly {@link hac.v1.Event.verify|verify} messages.
             * @function encode
             * @memberof hac.v1.Event
             * @static
             * @param {hac.v1.Event.$Properties} message Event message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Event.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.eventSeq != null && $Object.hasOwnProperty.call(message, "eventSeq") && message.eventSeq !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.eventSeq);
                if (message.log != null && $Object.hasOwnProperty.call(message, "log"))
                    $root.hac.v1.LogLine.encode(message.log, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.jobDone != null && $Object.hasOwnProperty.call(message, "jobDone"))
                    $root.hac.v1.JobDone.encode(message.jobDone, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.fault != null && $Object.hasOwnProperty.call(message, "fault"))
                    $root.hac.v1.Fault.encode(message.fault, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Event message from the specified reader or buffer.
             * @function decode
             * @memberof hac.v1.Event
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hac.v1.Event & hac.v1.Event.$Shape} Event
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Event.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hac.v1.Event();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.eventSeq = value;
                            else
                                delete message.eventSeq;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.log = $root.hac.v1.LogLine.decode(reader, reader.size(), $undefined, _depth + 1, message.log);
                            message.body = "log";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.jobDone = $root.hac.v1.JobDone.decode(reader, reader.size(), $undefined, _depth + 1, message.jobDone);
                            message.body = "jobDone";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.fault = $root.hac.v1.Fault.decode(reader, reader.size(), $undefined, _depth + 1, message.fault);
                            message.body = "fault";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an Event message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hac.v1.Event
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hac.v1.Event} Event
             */
            Event.fromObject = function (object, _depth) {
                if (object instanceof $root.hac.v1.Event)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hac.v1.Event: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hac.v1.Event();
                if (object.eventSeq != null)
                    if ($Number(object.eventSeq) !== 0)
                        message.eventSeq = object.eventSeq >>> 0;
                if (object.log != null) {
                    if (!$util.isObject(object.log))
                        throw $TypeError(".hac.v1.Event.log: object expected");
                    message.log = $root.hac.v1.LogLine.fromObject(object.log, _depth + 1);
                }
                if (object.jobDone != null) {
                    if (!$util.isObject(object.jobDone))
                        throw $TypeError(".hac.v1.Event.jobDone: object expected");
                    message.jobDone = $root.hac.v1.JobDone.fromObject(object.jobDone, _depth + 1);
                }
                if (object.fault != null) {
                    if (!$util.isObject(object.fault))
                        throw $TypeError(".hac.v1.Event.fault: object expected");
                    message.fault = $root.hac.v1.Fault.fromObject(object.fault, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from an Event message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hac.v1.Event
             * @static
             * @param {hac.v1.Event} message Event
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Event.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.eventSeq = 0;
                if (message.eventSeq != null && $Object.hasOwnProperty.call(message, "eventSeq"))
                    object.eventSeq = message.eventSeq;
                if (message.log != null && $Object.hasOwnProperty.call(message, "log")) {
                    object.log = $root.hac.v1.LogLine.toObject(message.log, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "log";
                }
                if (message.jobDone != null && $Object.hasOwnProperty.call(message, "jobDone")) {
                    object.jobDone = $root.hac.v1.JobDone.toObject(message.jobDone, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "jobDone";
                }
                if (message.fault != null && $Object.hasOwnProperty.call(message, "fault")) {
                    object.fault = $root.hac.v1.Fault.toObject(message.fault, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "fault";
                }
                return object;
            };

            /**
             * Converts this Event to JSON.
             * @function toJSON
             * @memberof hac.v1.Event
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Event.prototype.toJSON = function() {
                return Event.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Event
             * @function getTypeUrl
             * @memberof hac.v1.Event
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Event.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hac.v1.Event";
            };

            return Event;
        })();

        v1.HelloRequest = (function() {

            /**
             * Properties of a HelloRequest.
             * @typedef {Object} hac.v1.HelloRequest.$Properties
             * @property {number|null} [protocolVersion] HelloRequest protocolVersion
             * @property {number|null} [schemaHash] HelloRequest schemaHash
             * @property {number|null} [registerMapHash] HelloRequest registerMapHash
             * @property {number|null} [capabilities] HelloRequest capabilities
             * @property {number|null} [maxFrame] HelloRequest maxFrame
             * @property {string|null} [client] HelloRequest client
             * @property {number|null} [sessionId] HelloRequest sessionId
             * @property {number|null} [nextSeq] HelloRequest nextSeq
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HelloRequest.
             * @memberof hac.v1
             * @interface IHelloRequest
             * @augments hac.v1.HelloRequest.$Properties
             * @deprecated Use hac.v1.HelloRequest.$Properties instead.
             */

            /**
             * Shape of a HelloRequest.
             * @typedef {hac.v1.HelloRequest.$Properties} hac.v1.HelloRequest.$Shape
             */

            /**
             * Constructs a new HelloRequest.
             * @memberof hac.v1
             * @classdesc Represents a HelloRequest.
             * @constructor
             * @param {hac.v1.HelloRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HelloRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HelloRequest protocolVersion.
             * @member {number} protocolVersion
             * @memberof hac.v1.HelloRequest
             * @instance
             */
            HelloRequest.prototype.protocolVersion = 0;

            /**
             * HelloRequest schemaHash.
             * @member {number} schemaHash
             * @memberof hac.v1.HelloRequest
             * @instance
             */
            HelloRequest.prototype.schemaHash = 0;

            /**
             * HelloRequest registerMapHash.
             * @member {number} registerMapHash
             * @memberof hac.v1.HelloRequest
             * @instance
             */
            HelloRequest.prototype.registerMapHash = 0;

            /**
             * HelloRequest capabilities.
             * @member {number} capabilities
             * @memberof hac.v1.HelloRequest
             * @instance
             */
            HelloRequest.prototype.capabilities = 0;

            /**
             * HelloRequest maxFrame.
             * @member {number} maxFrame
             * @memberof hac.v1.HelloRequest
             * @instance
             */
            HelloRequest.prototype.maxFrame = 0;

            /**
             * HelloRequest client.
             * @member {string} client
             * @memberof hac.v1.HelloRequest
             * @instance
             */
            HelloRequest.prototype.client = "";

            /**
             * HelloRequest sessionId.
             * @member {number} sessionId
             * @memberof hac.v1.HelloRequest
             * @instance
             */
            HelloRequest.prototype.sessionId = 0;

            /**
             * HelloRequest nextSeq.
             * @member {number} nextSeq
             * @memberof hac.v1.HelloRequest
             * @instance
             */
            HelloRequest.prototype.nextSeq = 0;

            /**
             * Creates a new HelloRequest instance using the specified properties.
             * @function create
             * @memberof hac.v1.HelloRequest
             * @static
             * @param {hac.v1.HelloRequest.$Properties=} [properties] Properties to set
             * @returns {hac.v1.HelloRequest} HelloRequest instance
             * @type {{
             *   (properties: hac.v1.HelloRequest.$Shape): hac.v1.HelloRequest & hac.v1.HelloRequest.$Shape;
             *   (properties?: hac.v1.HelloRequest.$Properties): hac.v1.HelloRequest;
             * }}
             */
            HelloRequest.create = function(properties) {
                return new HelloRequest(properties);
            };

            /**
             * Encodes the specified HelloRequest message. Does not implicitly {@link hac.v1.HelloRequest.verify|verify} messages.
             * @function encode
             * @memberof hac.v1.HelloRequest
             * @static
             * @param {hac.v1.HelloRequest.$Properties} message HelloRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HelloRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.protocolVersion);
                if (message.schemaHash != null && $Object.hasOwnProperty.call(message, "schemaHash") && message.schemaHash !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.schemaHash);
                if (message.registerMapHash != null && $Object.hasOwnProperty.call(message, "registerMapHash") && message.registerMapHash !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.registerMapHash);
                if (message.capabilities != null && $Object.hasOwnProperty.call(message, "capabilities") && message.capabilities !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.capabilities);
                if (message.maxFrame != null && $Object.hasOwnProperty.call(message, "maxFrame") && message.maxFrame !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.maxFrame);
                if (message.client != null && $Object.hasOwnProperty.call(message, "client") && message.client !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.client);
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && message.sessionId !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.sessionId);
                if (message.nextSeq != null && $Object.hasOwnProperty.call(message, "nextSeq") && message.nextSeq !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.nextSeq);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a HelloRequest message from the specified reader or buffer.
             * @function decode
             * @memberof hac.v1.HelloRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hac.v1.HelloRequest & hac.v1.HelloRequest.$Shape} HelloRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HelloRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hac.v1.HelloRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.protocolVersion = value;
                            else
                                delete message.protocolVersion;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.schemaHash = value;
                            else
                                delete message.schemaHash;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.registerMapHash = value;
                            else
                                delete message.registerMapHash;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.capabilities = value;
                            else
                                delete message.capabilities;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxFrame = value;
                            else
                                delete message.maxFrame;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.client = value;
                            else
                                delete message.client;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.sessionId = value;
                            else
                                delete message.sessionId;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.nextSeq = value;
                            else
                                delete message.nextSeq;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a HelloRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hac.v1.HelloRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hac.v1.HelloRequest} HelloRequest
             */
            HelloRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.hac.v1.HelloRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hac.v1.HelloRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hac.v1.HelloRequest();
                if (object.protocolVersion != null)
                    if ($Number(object.protocolVersion) !== 0)
                        message.protocolVersion = object.protocolVersion >>> 0;
                if (object.schemaHash != null)
                    if ($Number(object.schemaHash) !== 0)
                        message.schemaHash = object.schemaHash >>> 0;
                if (object.registerMapHash != null)
                    if ($Number(object.registerMapHash) !== 0)
                        message.registerMapHash = object.registerMapHash >>> 0;
                if (object.capabilities != null)
                    if ($Number(object.capabilities) !== 0)
                        message.capabilities = object.capabilities >>> 0;
                if (object.maxFrame != null)
                    if ($Number(object.maxFrame) !== 0)
                        message.maxFrame = object.maxFrame >>> 0;
                if (object.client != null)
                    if (typeof object.client !== "string" || object.client.length)
                        message.client = $String(object.client);
                if (object.sessionId != null)
                    if ($Number(object.sessionId) !== 0)
                        message.sessionId = object.sessionId >>> 0;
                if (object.nextSeq != null)
                    if ($Number(object.nextSeq) !== 0)
                        message.nextSeq = object.nextSeq >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a HelloRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hac.v1.HelloRequest
             * @static
             * @param {hac.v1.HelloRequest} message HelloRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HelloRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.protocolVersion = 0;
                    object.schemaHash = 0;
                    object.registerMapHash = 0;
                    object.capabilities = 0;
                    object.maxFrame = 0;
                    object.client = "";
                    object.sessionId = 0;
                    object.nextSeq = 0;
                }
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                    object.protocolVersion = message.protocolVersion;
                if (message.schemaHash != null && $Object.hasOwnProperty.call(message, "schemaHash"))
                    object.schemaHash = message.schemaHash;
                if (message.registerMapHash != null && $Object.hasOwnProperty.call(message, "registerMapHash"))
                    object.registerMapHash = message.registerMapHash;
                if (message.capabilities != null && $Object.hasOwnProperty.call(message, "capabilities"))
                    object.capabilities = message.capabilities;
                if (message.maxFrame != null && $Object.hasOwnProperty.call(message, "maxFrame"))
                    object.maxFrame = message.maxFrame;
                if (message.client != null && $Object.hasOwnProperty.call(message, "client"))
                    object.client = message.client;
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId"))
                    object.sessionId = message.sessionId;
                if (message.nextSeq != null && $Object.hasOwnProperty.call(message, "nextSeq"))
                    object.nextSeq = message.nextSeq;
                return object;
            };

            /**
             * Converts this HelloRequest to JSON.
             * @function toJSON
             * @memberof hac.v1.HelloRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HelloRequest.prototype.toJSON = function() {
                return HelloRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for HelloRequest
             * @function getTypeUrl
             * @memberof hac.v1.HelloRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            HelloRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hac.v1.HelloRequest";
            };

            return HelloRequest;
        })();

        v1.HelloResponse = (function() {

            /**
             * Properties of a HelloResponse.
             * @typedef {Object} hac.v1.HelloResponse.$Properties
             * @property {number|null} [protocolVersion] HelloResponse protocolVersion
             * @property {number|null} [minProtocolVersion] HelloResponse minProtocolVersion
             * @property {number|null} [schemaHash] HelloResponse schemaHash
             * @property {number|null} [registerMapHash] HelloResponse registerMapHash
             * @property {number|null} [chipId] HelloResponse chipId
             * @property {number|null} [revision] HelloResponse revision
             * @property {number|null} [capabilities] HelloResponse capabilities
             * @property {number|null} [maxFrame] HelloResponse maxFrame
             * @property {number|null} [window] HelloResponse window
             * @property {number|null} [bootEpoch] HelloResponse bootEpoch
             * @property {string|null} [firmware] HelloResponse firmware
             * @property {number|null} [maxTokens] HelloResponse maxTokens
             * @property {number|null} [headDim] HelloResponse headDim
             * @property {number|null} [tileTokens] HelloResponse tileTokens
             * @property {number|null} [heads] HelloResponse heads
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HelloResponse.
             * @memberof hac.v1
             * @interface IHelloResponse
             * @augments hac.v1.HelloResponse.$Properties
             * @deprecated Use hac.v1.HelloResponse.$Properties instead.
             */

            /**
             * Shape of a HelloResponse.
             * @typedef {hac.v1.HelloResponse.$Properties} hac.v1.HelloResponse.$Shape
             */

            /**
             * Constructs a new HelloResponse.
             * @memberof hac.v1
             * @classdesc Represents a HelloResponse.
             * @constructor
             * @param {hac.v1.HelloResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HelloResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HelloResponse protocolVersion.
             * @member {number} protocolVersion
             * @memberof hac.v1.HelloResponse
             * @instance
             */
            HelloResponse.prototype.protocolVersion = 0;

            /**
             * HelloResponse minProtocolVersion.
             * @member {number} minProtocolVersion
             * @memberof hac.v1.HelloResponse
             * @instance
             */
            HelloResponse.prototype.minProtocolVersion = 0;

            /**
             * HelloResponse schemaHash.
             * @member {number} schemaHash
             * @memberof hac.v1.HelloResponse
             * @instance
             */
            HelloResponse.prototype.schemaHash = 0;

            /**
             * HelloResponse registerMapHash.
             * @member {number} registerMapHash
             * @memberof hac.v1.HelloResponse
             * @instance
             */
            HelloResponse.prototype.registerMapHash = 0;

            /**
             * HelloResponse chipId.
             * @member {number} chipId
             * @memberof hac.v1.HelloResponse
             * @instance
             */
            HelloResponse.prototype.chipId = 0;

            /**
             * HelloResponse revision.
             * @member {number} revision
             * @memberof hac.v1.HelloResponse
             * @instance
             */
            HelloResponse.prototype.revision = 0;

            /**
             * HelloResponse capabilities.
             * @member {number} capabilities
             * @memberof hac.v1.HelloResponse
             * @instance
             */
            HelloResponse.prototype.capabilities = 0;

            /**
             * HelloResponse maxFrame.
             * @member {number} maxFrame
             * @memberof hac.v1.HelloResponse
             * @instance
             */
            HelloResponse.prototype.maxFrame = 0;

            /**
             * HelloResponse window.
             * @member {number} window
             * @memberof hac.v1.HelloResponse
             * @instance
             */
            HelloResponse.prototype.window = 0;

            /**
             * HelloResponse bootEpoch.
             * @member {number} bootEpoch
             * @memberof hac.v1.HelloResponse
             * @instance
             */
            HelloResponse.prototype.bootEpoch = 0;

            /**
             * HelloResponse firmware.
             * @member {string} firmware
             * @memberof hac.v1.HelloResponse
             * @instance
             */
            HelloResponse.prototype.firmware = "";

            /**
             * HelloResponse maxTokens.
             * @member {number} maxTokens
             * @memberof hac.v1.HelloResponse
             * @instance
             */
            HelloResponse.prototype.maxTokens = 0;

            /**
             * HelloResponse headDim.
             * @member {number} headDim
             * @memberof hac.v1.HelloResponse
             * @instance
             */
            HelloResponse.prototype.headDim = 0;

            /**
             * HelloResponse tileTokens.
             * @member {number} tileTokens
             * @memberof hac.v1.HelloResponse
             * @instance
             */
            HelloResponse.prototype.tileTokens = 0;

            /**
             * HelloResponse heads.
             * @member {number} heads
             * @memberof hac.v1.HelloResponse
             * @instance
             */
            HelloResponse.prototype.heads = 0;

            /**
             * Creates a new HelloResponse instance using the specified properties.
             * @function create
             * @memberof hac.v1.HelloResponse
             * @static
             * @param {hac.v1.HelloResponse.$Properties=} [properties] Properties to set
             * @returns {hac.v1.HelloResponse} HelloResponse instance
             * @type {{
             *   (properties: hac.v1.HelloResponse.$Shape): hac.v1.HelloResponse & hac.v1.HelloResponse.$Shape;
             *   (properties?: hac.v1.HelloResponse.$Properties): hac.v1.HelloResponse;
             * }}
             */
            HelloResponse.create = function(properties) {
                return new HelloResponse(properties);
            };

            /**
             * Encodes the specified HelloResponse message. Does not implicitly {@link hac.v1.HelloResponse.verify|verify} messages.
             * @function encode
             * @memberof hac.v1.HelloResponse
             * @static
             * @param {hac.v1.HelloResponse.$Properties} message HelloResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HelloResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.protocolVersion);
                if (message.minProtocolVersion != null && $Object.hasOwnProperty.call(message, "minProtocolVersion") && message.minProtocolVersion !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.minProtocolVersion);
                if (message.schemaHash != null && $Object.hasOwnProperty.call(message, "schemaHash") && message.schemaHash !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.schemaHash);
                if (message.registerMapHash != null && $Object.hasOwnProperty.call(message, "registerMapHash") && message.registerMapHash !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.registerMapHash);
                if (message.chipId != null && $Object.hasOwnProperty.call(message, "chipId") && message.chipId !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.chipId);
                if (message.revision != null && $Object.hasOwnProperty.call(message, "revision") && message.revision !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.revision);
                if (message.capabilities != null && $Object.hasOwnProperty.call(message, "capabilities") && message.capabilities !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.capabilities);
                if (message.maxFrame != null && $Object.hasOwnProperty.call(message, "maxFrame") && message.maxFrame !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.maxFrame);
                if (message.window != null && $Object.hasOwnProperty.call(message, "window") && message.window !== 0)
                    writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.window);
                if (message.bootEpoch != null && $Object.hasOwnProperty.call(message, "bootEpoch") && message.bootEpoch !== 0)
                    writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.bootEpoch);
                if (message.firmware != null && $Object.hasOwnProperty.call(message, "firmware") && message.firmware !== "")
                    writer.uint32(/* id 11, wireType 2 =*/90).string(message.firmware);
                if (message.maxTokens != null && $Object.hasOwnProperty.call(message, "maxTokens") && message.maxTokens !== 0)
                    writer.uint32(/* id 12, wireType 0 =*/96).uint32(message.maxTokens);
                if (message.headDim != null && $Object.hasOwnProperty.call(message, "headDim") && message.headDim !== 0)
                    writer.uint32(/* id 13, wireType 0 =*/104).uint32(message.headDim);
                if (message.tileTokens != null && $Object.hasOwnProperty.call(message, "tileTokens") && message.tileTokens !== 0)
                    writer.uint32(/* id 14, wireType 0 =*/112).uint32(message.tileTokens);
                if (message.heads != null && $Object.hasOwnProperty.call(message, "heads") && message.heads !== 0)
                    writer.uint32(/* id 15, wireType 0 =*/120).uint32(message.heads);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a HelloResponse message from the specified reader or buffer.
             * @function decode
             * @memberof hac.v1.HelloResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hac.v1.HelloResponse & hac.v1.HelloResponse.$Shape} HelloResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HelloResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hac.v1.HelloResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.protocolVersion = value;
                            else
                                delete message.protocolVersion;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.minProtocolVersion = value;
                            else
                                delete message.minProtocolVersion;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.schemaHash = value;
                            else
                                delete message.schemaHash;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.registerMapHash = value;
                            else
                                delete message.registerMapHash;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.chipId = value;
                            else
                                delete message.chipId;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.revision = value;
                            else
                                delete message.revision;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.capabilities = value;
                            else
                                delete message.capabilities;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxFrame = value;
                            else
                                delete message.maxFrame;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.window = value;
                            else
                                delete message.window;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.bootEpoch = value;
                            else
                                delete message.bootEpoch;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.firmware = value;
                            else
                                delete message.firmware;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxTokens = value;
                            else
                                delete message.maxTokens;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.headDim = value;
                            else
                                delete message.headDim;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.tileTokens = value;
                            else
                                delete message.tileTokens;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.heads = value;
                            else
                                delete message.heads;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a HelloResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hac.v1.HelloResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hac.v1.HelloResponse} HelloResponse
             */
            HelloResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.hac.v1.HelloResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hac.v1.HelloResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hac.v1.HelloResponse();
                if (object.protocolVersion != null)
                    if ($Number(object.protocolVersion) !== 0)
                        message.protocolVersion = object.protocolVersion >>> 0;
                if (object.minProtocolVersion != null)
                    if ($Number(object.minProtocolVersion) !== 0)
                        message.minProtocolVersion = object.minProtocolVersion >>> 0;
                if (object.schemaHash != null)
                    if ($Number(object.schemaHash) !== 0)
                        message.schemaHash = object.schemaHash >>> 0;
                if (object.registerMapHash != null)
                    if ($Number(object.registerMapHash) !== 0)
                        message.registerMapHash = object.registerMapHash >>> 0;
                if (object.chipId != null)
                    if ($Number(object.chipId) !== 0)
                        message.chipId = object.chipId >>> 0;
                if (object.revision != null)
                    if ($Number(object.revision) !== 0)
                        message.revision = object.revision >>> 0;
                if (object.capabilities != null)
                    if ($Number(object.capabilities) !== 0)
                        message.capabilities = object.capabilities >>> 0;
                if (object.maxFrame != null)
                    if ($Number(object.maxFrame) !== 0)
                        message.maxFrame = object.maxFrame >>> 0;
                if (object.window != null)
                    if ($Number(object.window) !== 0)
                        message.window = object.window >>> 0;
                if (object.bootEpoch != null)
                    if ($Number(object.bootEpoch) !== 0)
                        message.bootEpoch = object.bootEpoch >>> 0;
                if (object.firmware != null)
                    if (typeof object.firmware !== "string" || object.firmware.length)
                        message.firmware = $String(object.firmware);
                if (object.maxTokens != null)
                    if ($Number(object.maxTokens) !== 0)
                        message.maxTokens = object.maxTokens >>> 0;
                if (object.headDim != null)
                    if ($Number(object.headDim) !== 0)
                        message.headDim = object.headDim >>> 0;
                if (object.tileTokens != null)
                    if ($Number(object.tileTokens) !== 0)
                        message.tileTokens = object.tileTokens >>> 0;
                if (object.heads != null)
                    if ($Number(object.heads) !== 0)
                        message.heads = object.heads >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a HelloResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hac.v1.HelloResponse
             * @static
             * @param {hac.v1.HelloResponse} message HelloResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HelloResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.protocolVersion = 0;
                    object.minProtocolVersion = 0;
                    object.schemaHash = 0;
                    object.registerMapHash = 0;
                    object.chipId = 0;
                    object.revision = 0;
                    object.capabilities = 0;
                    object.maxFrame = 0;
                    object.window = 0;
                    object.bootEpoch = 0;
                    object.firmware = "";
                    object.maxTokens = 0;
                    object.headDim = 0;
                    object.tileTokens = 0;
                    object.heads = 0;
                }
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                    object.protocolVersion = message.protocolVersion;
                if (message.minProtocolVersion != null && $Object.hasOwnProperty.call(message, "minProtocolVersion"))
                    object.minProtocolVersion = message.minProtocolVersion;
                if (message.schemaHash != null && $Object.hasOwnProperty.call(message, "schemaHash"))
                    object.schemaHash = message.schemaHash;
                if (message.registerMapHash != null && $Object.hasOwnProperty.call(message, "registerMapHash"))
                    object.registerMapHash = message.registerMapHash;
                if (message.chipId != null && $Object.hasOwnProperty.call(message, "chipId"))
                    object.chipId = message.chipId;
                if (message.revision != null && $Object.hasOwnProperty.call(message, "revision"))
                    object.revision = message.revision;
                if (message.capabilities != null && $Object.hasOwnProperty.call(message, "capabilities"))
                    object.capabilities = message.capabilities;
                if (message.maxFrame != null && $Object.hasOwnProperty.call(message, "maxFrame"))
                    object.maxFrame = message.maxFrame;
                if (message.window != null && $Object.hasOwnProperty.call(message, "window"))
                    object.window = message.window;
                if (message.bootEpoch != null && $Object.hasOwnProperty.call(message, "bootEpoch"))
                    object.bootEpoch = message.bootEpoch;
                if (message.firmware != null && $Object.hasOwnProperty.call(message, "firmware"))
                    object.firmware = message.firmware;
                if (message.maxTokens != null && $Object.hasOwnProperty.call(message, "maxTokens"))
                    object.maxTokens = message.maxTokens;
                if (message.headDim != null && $Object.hasOwnProperty.call(message, "headDim"))
                    object.headDim = message.headDim;
                if (message.tileTokens != null && $Object.hasOwnProperty.call(message, "tileTokens"))
                    object.tileTokens = message.tileTokens;
                if (message.heads != null && $Object.hasOwnProperty.call(message, "heads"))
                    object.heads = message.heads;
                return object;
            };

            /**
             * Converts this HelloResponse to JSON.
             * @function toJSON
             * @memberof hac.v1.HelloResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HelloResponse.prototype.toJSON = function() {
                return HelloResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for HelloResponse
             * @function getTypeUrl
             * @memberof hac.v1.HelloResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            HelloResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hac.v1.HelloResponse";
            };

            return HelloResponse;
        })();

        v1.RegReadRequest = (function() {

            /**
             * Properties of a RegReadRequest.
             * @typedef {Object} hac.v1.RegReadRequest.$Properties
             * @property {Array.<number>|null} [addresses] RegReadRequest addresses
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RegReadRequest.
             * @memberof hac.v1
             * @interface IRegReadRequest
             * @augments hac.v1.RegReadRequest.$Properties
             * @deprecated Use hac.v1.RegReadRequest.$Properties instead.
             */

            /**
             * Shape of a RegReadRequest.
             * @typedef {hac.v1.RegReadRequest.$Properties} hac.v1.RegReadRequest.$Shape
             */

            /**
             * Constructs a new RegReadRequest.
             * @memberof hac.v1
             * @classdesc Represents a RegReadRequest.
             * @constructor
             * @param {hac.v1.RegReadRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RegReadRequest = function (properties) {
                this.addresses = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RegReadRequest addresses.
             * @member {Array.<number>} addresses
             * @memberof hac.v1.RegReadRequest
             * @instance
             */
            RegReadRequest.prototype.addresses = $util.emptyArray;

            /**
             * Creates a new RegReadRequest instance using the specified properties.
             * @function create
             * @memberof hac.v1.RegReadRequest
             * @static
             * @param {hac.v1.RegReadRequest.$Properties=} [properties] Properties to set
             * @returns {hac.v1.RegReadRequest} RegReadRequest instance
             * @type {{
             *   (properties: hac.v1.RegReadRequest.$Shape): hac.v1.RegReadRequest & hac.v1.RegReadRequest.$Shape;
             *   (properties?: hac.v1.RegReadRequest.$Properties): hac.v1.RegReadRequest;
             * }}
             */
            RegReadRequest.create = function(properties) {
                return new RegReadRequest(properties);
            };

            /**
             * Encodes the specified RegReadRequest message. Does not implicitly {@link hac.v1.RegReadRequest.verify|verify} messages.
             * @function encode
             * @memberof hac.v1.RegReadRequest
             * @static
             * @param {hac.v1.RegReadRequest.$Properties} message RegReadRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RegReadRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.addresses != null && message.addresses.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).uint32s(message.addresses);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RegReadRequest message from the specified reader or buffer.
             * @function decode
             * @memberof hac.v1.RegReadRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hac.v1.RegReadRequest & hac.v1.RegReadRequest.$Shape} RegReadRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RegReadRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hac.v1.RegReadRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType === 2) {
                                if (!(message.addresses && message.addresses.length))
                                    message.addresses = [];
                                reader.uint32s(message.addresses);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.addresses && message.addresses.length))
                                message.addresses = [];
                            message.addresses.push(reader.uint32());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a RegReadRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hac.v1.RegReadRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hac.v1.RegReadRequest} RegReadRequest
             */
            RegReadRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.hac.v1.RegReadRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hac.v1.RegReadRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hac.v1.RegReadRequest();
                if (object.addresses) {
                    if (!$Array.isArray(object.addresses))
                        throw $TypeError(".hac.v1.RegReadRequest.addresses: array expected");
                    message.addresses = $Array(object.addresses.length);
                    for (let i = 0; i < object.addresses.length; ++i)
                        message.addresses[i] = object.addresses[i] >>> 0;
                }
                return message;
            };

            /**
             * Creates a plain object from a RegReadRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hac.v1.RegReadRequest
             * @static
             * @param {hac.v1.RegReadRequest} message RegReadRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RegReadRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.addresses = [];
                if (message.addresses && message.addresses.length) {
                    object.addresses = $Array(message.addresses.length);
                    for (let j = 0; j < message.addresses.length; ++j)
                        object.addresses[j] = message.addresses[j];
                }
                return object;
            };

            /**
             * Converts this RegReadRequest to JSON.
             * @function toJSON
             * @memberof hac.v1.RegReadRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RegReadRequest.prototype.toJSON = function() {
                return RegReadRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RegReadRequest
             * @function getTypeUrl
             * @memberof hac.v1.RegReadRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RegReadRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hac.v1.RegReadRequest";
            };

            return RegReadRequest;
        })();

        v1.RegReadResponse = (function() {

            /**
             * Properties of a RegReadResponse.
             * @typedef {Object} hac.v1.RegReadResponse.$Properties
             * @property {Array.<number>|null} [values] RegReadResponse values
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RegReadResponse.
             * @memberof hac.v1
             * @interface IRegReadResponse
             * @augments hac.v1.RegReadResponse.$Properties
             * @deprecated Use hac.v1.RegReadResponse.$Properties instead.
             */

            /**
             * Shape of a RegReadResponse.
             * @typedef {hac.v1.RegReadResponse.$Properties} hac.v1.RegReadResponse.$Shape
             */

            /**
             * Constructs a new RegReadResponse.
             * @memberof hac.v1
             * @classdesc Represents a RegReadResponse.
             * @constructor
             * @param {hac.v1.RegReadResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RegReadResponse = function (properties) {
                this.values = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RegReadResponse values.
             * @member {Array.<number>} values
             * @memberof hac.v1.RegReadResponse
             * @instance
             */
            RegReadResponse.prototype.values = $util.emptyArray;

            /**
             * Creates a new RegReadResponse instance using the specified properties.
             * @function create
             * @memberof hac.v1.RegReadResponse
             * @static
             * @param {hac.v1.RegReadResponse.$Properties=} [properties] Properties to set
             * @returns {hac.v1.RegReadResponse} RegReadResponse instance
             * @type {{
             *   (properties: hac.v1.RegReadResponse.$Shape): hac.v1.RegReadResponse & hac.v1.RegReadResponse.$Shape;
             *   (properties?: hac.v1.RegReadResponse.$Properties): hac.v1.RegReadResponse;
             * }}
             */
            RegReadResponse.create = function(properties) {
                return new RegReadResponse(properties);
            };

            /**
             * Encodes the specified RegReadResponse message. Does not implicitly {@link hac.v1.RegReadResponse.verify|verify} messages.
             * @function encode
             * @memberof hac.v1.RegReadResponse
             * @static
             * @param {hac.v1.RegReadResponse.$Properties} message RegReadResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RegReadResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.values != null && message.values.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).uint32s(message.values);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RegReadResponse message from the specified reader or buffer.
             * @function decode
             * @memberof hac.v1.RegReadResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hac.v1.RegReadResponse & hac.v1.RegReadResponse.$Shape} RegReadResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RegReadResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hac.v1.RegReadResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType === 2) {
                                if (!(message.values && message.values.length))
                                    message.values = [];
                                reader.uint32s(message.values);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.values && message.values.length))
                                message.values = [];
                            message.values.push(reader.uint32());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a RegReadResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hac.v1.RegReadResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hac.v1.RegReadResponse} RegReadResponse
             */
            RegReadResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.hac.v1.RegReadResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hac.v1.RegReadResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hac.v1.RegReadResponse();
                if (object.values) {
                    if (!$Array.isArray(object.values))
                        throw $TypeError(".hac.v1.RegReadResponse.values: array expected");
                    message.values = $Array(object.values.length);
                    for (let i = 0; i < object.values.length; ++i)
                        message.values[i] = object.values[i] >>> 0;
                }
                return message;
            };

            /**
             * Creates a plain object from a RegReadResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hac.v1.RegReadResponse
             * @static
             * @param {hac.v1.RegReadResponse} message RegReadResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RegReadResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.values = [];
                if (message.values && message.values.length) {
                    object.values = $Array(message.values.length);
                    for (let j = 0; j < message.values.length; ++j)
                        object.values[j] = message.values[j];
                }
                return object;
            };

            /**
             * Converts this RegReadResponse to JSON.
             * @function toJSON
             * @memberof hac.v1.RegReadResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RegReadResponse.prototype.toJSON = function() {
                return RegReadResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RegReadResponse
             * @function getTypeUrl
             * @memberof hac.v1.RegReadResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RegReadResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hac.v1.RegReadResponse";
            };

            return RegReadResponse;
        })();

        v1.RegWrite = (function() {

            /**
             * Properties of a RegWrite.
             * @typedef {Object} hac.v1.RegWrite.$Properties
             * @property {number|null} [address] RegWrite address
             * @property {number|null} [value] RegWrite value
             * @property {number|null} [mask] RegWrite mask
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RegWrite.
             * @memberof hac.v1
             * @interface IRegWrite
             * @augments hac.v1.RegWrite.$Properties
             * @deprecated Use hac.v1.RegWrite.$Properties instead.
             */

            /**
             * Shape of a RegWrite.
             * @typedef {hac.v1.RegWrite.$Properties} hac.v1.RegWrite.$Shape
             */

            /**
             * Constructs a new RegWrite.
             * @memberof hac.v1
             * @classdesc Represents a RegWrite.
             * @constructor
             * @param {hac.v1.RegWrite.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RegWrite = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RegWrite address.
             * @member {number} address
             * @memberof hac.v1.RegWrite
             * @instance
             */
            RegWrite.prototype.address = 0;

            /**
             * RegWrite value.
             * @member {number} value
             * @memberof hac.v1.RegWrite
             * @instance
             */
            RegWrite.prototype.value = 0;

            /**
             * RegWrite mask.
             * @member {number|null|undefined} mask
             * @memberof hac.v1.RegWrite
             * @instance
             */
            RegWrite.prototype.mask = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(RegWrite.prototype, "_mask", {
                get: $util.oneOfGetter($oneOfFields = ["mask"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new RegWrite instance using the specified properties.
             * @function create
             * @memberof hac.v1.RegWrite
             * @static
             * @param {hac.v1.RegWrite.$Properties=} [properties] Properties to set
             * @returns {hac.v1.RegWrite} RegWrite instance
             * @type {{
             *   (properties: hac.v1.RegWrite.$Shape): hac.v1.RegWrite & hac.v1.RegWrite.$Shape;
             *   (properties?: hac.v1.RegWrite.$Properties): hac.v1.RegWrite;
             * }}
             */
            RegWrite.create = function(properties) {
                return new RegWrite(properties);
            };

            /**
             * Encodes the specified RegWrite message. Does not implicitly {@link hac.v1.RegWrite.verify|verify} messages.
             * @function encode
             * @memberof hac.v1.RegWrite
             * @static
             * @param {hac.v1.RegWrite.$Properties} message RegWrite message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RegWrite.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.address != null && $Object.hasOwnProperty.call(message, "address") && message.address !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.address);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.value);
                if (message.mask != null && $Object.hasOwnProperty.call(message, "mask"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.mask);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RegWrite message from the specified reader or buffer.
             * @function decode
             * @memberof hac.v1.RegWrite
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hac.v1.RegWrite & hac.v1.RegWrite.$Shape} RegWrite
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RegWrite.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hac.v1.RegWrite();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.address = value;
                            else
                                delete message.address;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            message.mask = reader.uint32();
                            message._mask = "mask";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a RegWrite message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hac.v1.RegWrite
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hac.v1.RegWrite} RegWrite
             */
            RegWrite.fromObject = function (object, _depth) {
                if (object instanceof $root.hac.v1.RegWrite)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hac.v1.RegWrite: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hac.v1.RegWrite();
                if (object.address != null)
                    if ($Number(object.address) !== 0)
                        message.address = object.address >>> 0;
                if (object.value != null)
                    if ($Number(object.value) !== 0)
                        message.value = object.value >>> 0;
                if (object.mask != null)
                    message.mask = object.mask >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a RegWrite message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hac.v1.RegWrite
             * @static
             * @param {hac.v1.RegWrite} message RegWrite
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RegWrite.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.address = 0;
                    object.value = 0;
                }
                if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
                    object.address = message.address;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = message.value;
                if (message.mask != null && $Object.hasOwnProperty.call(message, "mask"))
                    object.mask = message.mask;
                return object;
            };

            /**
             * Converts this RegWrite to JSON.
             * @function toJSON
             * @memberof hac.v1.RegWrite
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RegWrite.prototype.toJSON = function() {
                return RegWrite.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RegWrite
             * @function getTypeUrl
             * @memberof hac.v1.RegWrite
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RegWrite.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hac.v1.RegWrite";
            };

            return RegWrite;
        })();

        v1.RegWriteRequest = (function() {

            /**
             * Properties of a RegWriteRequest.
             * @typedef {Object} hac.v1.RegWriteRequest.$Properties
             * @property {Array.<hac.v1.RegWrite.$Properties>|null} [writes] RegWriteRequest writes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RegWriteRequest.
             * @memberof hac.v1
             * @interface IRegWriteRequest
             * @augments hac.v1.RegWriteRequest.$Properties
             * @deprecated Use hac.v1.RegWriteRequest.$Properties instead.
             */

            /**
             * Shape of a RegWriteRequest.
             * @typedef {hac.v1.RegWriteRequest.$Properties} hac.v1.RegWriteRequest.$Shape
             */

            /**
             * Constructs a new RegWriteRequest.
             * @memberof hac.v1
             * @classdesc Represents a RegWriteRequest.
             * @constructor
             * @param {hac.v1.RegWriteRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RegWriteRequest = function (properties) {
                this.writes = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RegWriteRequest writes.
             * @member {Array.<hac.v1.RegWrite.$Properties>} writes
             * @memberof hac.v1.RegWriteRequest
             * @instance
             */
            RegWriteRequest.prototype.writes = $util.emptyArray;

            /**
             * Creates a new RegWriteRequest instance using the specified properties.
             * @function create
             * @memberof hac.v1.RegWriteRequest
             * @static
             * @param {hac.v1.RegWriteRequest.$Properties=} [properties] Properties to set
             * @returns {hac.v1.RegWriteRequest} RegWriteRequest instance
             * @type {{
             *   (properties: hac.v1.RegWriteRequest.$Shape): hac.v1.RegWriteRequest & hac.v1.RegWriteRequest.$Shape;
             *   (properties?: hac.v1.RegWriteRequest.$Properties): hac.v1.RegWriteRequest;
             * }}
             */
            RegWriteRequest.create = function(properties) {
                return new RegWriteRequest(properties);
            };

            /**
             * Encodes the specified RegWriteRequest message. Does not implicitly {@link hac.v1.RegWriteRequest.verify|verify} messages.
             * @function encode
             * @memberof hac.v1.RegWriteRequest
             * @static
             * @param {hac.v1.RegWriteRequest.$Properties} message RegWriteRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RegWriteRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.writes != null && message.writes.length)
                    for (let i = 0; i < message.writes.length; ++i)
                        $root.hac.v1.RegWrite.encode(message.writes[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RegWriteRequest message from the specified reader or buffer.
             * @function decode
             * @memberof hac.v1.RegWriteRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hac.v1.RegWriteRequest & hac.v1.RegWriteRequest.$Shape} RegWriteRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RegWriteRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hac.v1.RegWriteRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.writes && message.writes.length))
                                message.writes = [];
                            message.writes.push($root.hac.v1.RegWrite.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a RegWriteRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hac.v1.RegWriteRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hac.v1.RegWriteRequest} RegWriteRequest
             */
            RegWriteRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.hac.v1.RegWriteRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hac.v1.RegWriteRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hac.v1.RegWriteRequest();
                if (object.writes) {
                    if (!$Array.isArray(object.writes))
                        throw $TypeError(".hac.v1.RegWriteRequest.writes: array expected");
                    message.writes = $Array(object.writes.length);
                    for (let i = 0; i < object.writes.length; ++i) {
                        if (!$util.isObject(object.writes[i]))
                            throw $TypeError(".hac.v1.RegWriteRequest.writes: object expected");
                        message.writes[i] = $root.hac.v1.RegWrite.fromObject(object.writes[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a RegWriteRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hac.v1.RegWriteRequest
             * @static
             * @param {hac.v1.RegWriteRequest} message RegWriteRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RegWriteRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.writes = [];
                if (message.writes && message.writes.length) {
                    object.writes = $Array(message.writes.length);
                    for (let j = 0; j < message.writes.length; ++j)
                        object.writes[j] = $root.hac.v1.RegWrite.toObject(message.writes[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this RegWriteRequest to JSON.
             * @function toJSON
             * @memberof hac.v1.RegWriteRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RegWriteRequest.prototype.toJSON = function() {
                return RegWriteRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RegWriteRequest
             * @function getTypeUrl
             * @memberof hac.v1.RegWriteRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RegWriteRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hac.v1.RegWriteRequest";
            };

            return RegWriteRequest;
        })();

        v1.RegWriteResponse = (function() {

            /**
             * Properties of a RegWriteResponse.
             * @typedef {Object} hac.v1.RegWriteResponse.$Properties
             * @property {number|null} [count] RegWriteResponse count
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RegWriteResponse.
             * @memberof hac.v1
             * @interface IRegWriteResponse
             * @augments hac.v1.RegWriteResponse.$Properties
             * @deprecated Use hac.v1.RegWriteResponse.$Properties instead.
             */

            /**
             * Shape of a RegWriteResponse.
             * @typedef {hac.v1.RegWriteResponse.$Properties} hac.v1.RegWriteResponse.$Shape
             */

            /**
             * Constructs a new RegWriteResponse.
             * @memberof hac.v1
             * @classdesc Represents a RegWriteResponse.
             * @constructor
             * @param {hac.v1.RegWriteResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RegWriteResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RegWriteResponse count.
             * @member {number} count
             * @memberof hac.v1.RegWriteResponse
             * @instance
             */
            RegWriteResponse.prototype.count = 0;

            /**
             * Creates a new RegWriteResponse instance using the specified properties.
             * @function create
             * @memberof hac.v1.RegWriteResponse
             * @static
             * @param {hac.v1.RegWriteResponse.$Properties=} [properties] Properties to set
             * @returns {hac.v1.RegWriteResponse} RegWriteResponse instance
             * @type {{
             *   (properties: hac.v1.RegWriteResponse.$Shape): hac.v1.RegWriteResponse & hac.v1.RegWriteResponse.$Shape;
             *   (properties?: hac.v1.RegWriteResponse.$Properties): hac.v1.RegWriteResponse;
             * }}
             */
            RegWriteResponse.create = function(properties) {
                return new RegWriteResponse(properties);
            };

            /**
             * Encodes the specified RegWriteResponse message. Does not implicitly {@link hac.v1.RegWriteResponse.verify|verify} messages.
             * @function encode
             * @memberof hac.v1.RegWriteResponse
             * @static
             * @param {hac.v1.RegWriteResponse.$Properties} message RegWriteResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RegWriteResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.count != null && $Object.hasOwnProperty.call(message, "count") && message.count !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.count);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RegWriteResponse message from the specified reader or buffer.
             * @function decode
             * @memberof hac.v1.RegWriteResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hac.v1.RegWriteResponse & hac.v1.RegWriteResponse.$Shape} RegWriteResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RegWriteResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hac.v1.RegWriteResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.count = value;
                            else
                                delete message.count;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a RegWriteResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hac.v1.RegWriteResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hac.v1.RegWriteResponse} RegWriteResponse
             */
            RegWriteResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.hac.v1.RegWriteResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hac.v1.RegWriteResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hac.v1.RegWriteResponse();
                if (object.count != null)
                    if ($Number(object.count) !== 0)
                        message.count = object.count >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a RegWriteResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hac.v1.RegWriteResponse
             * @static
             * @param {hac.v1.RegWriteResponse} message RegWriteResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RegWriteResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.count = 0;
                if (message.count != null && $Object.hasOwnProperty.call(message, "count"))
                    object.count = message.count;
                return object;
            };

            /**
             * Converts this RegWriteResponse to JSON.
             * @function toJSON
             * @memberof hac.v1.RegWriteResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RegWriteResponse.prototype.toJSON = function() {
                return RegWriteResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RegWriteResponse
             * @function getTypeUrl
             * @memberof hac.v1.RegWriteResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RegWriteResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hac.v1.RegWriteResponse";
            };

            return RegWriteResponse;
        })();

        v1.MemWriteRequest = (function() {

            /**
             * Properties of a MemWriteRequest.
             * @typedef {Object} hac.v1.MemWriteRequest.$Properties
             * @property {hac.v1.Region|null} [region] MemWriteRequest region
             * @property {number|null} [offset] MemWriteRequest offset
             * @property {Uint8Array|null} [data] MemWriteRequest data
             * @property {number|null} [dataCrc] MemWriteRequest dataCrc
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MemWriteRequest.
             * @memberof hac.v1
             * @interface IMemWriteRequest
             * @augments hac.v1.MemWriteRequest.$Properties
             * @deprecated Use hac.v1.MemWriteRequest.$Properties instead.
             */

            /**
             * Shape of a MemWriteRequest.
             * @typedef {hac.v1.MemWriteRequest.$Properties} hac.v1.MemWriteRequest.$Shape
             */

            /**
             * Constructs a new MemWriteRequest.
             * @memberof hac.v1
             * @classdesc Represents a MemWriteRequest.
             * @constructor
             * @param {hac.v1.MemWriteRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MemWriteRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MemWriteRequest region.
             * @member {hac.v1.Region} region
             * @memberof hac.v1.MemWriteRequest
             * @instance
             */
            MemWriteRequest.prototype.region = 0;

            /**
             * MemWriteRequest offset.
             * @member {number} offset
             * @memberof hac.v1.MemWriteRequest
             * @instance
             */
            MemWriteRequest.prototype.offset = 0;

            /**
             * MemWriteRequest data.
             * @member {Uint8Array} data
             * @memberof hac.v1.MemWriteRequest
             * @instance
             */
            MemWriteRequest.prototype.data = $util.newBuffer([]);

            /**
             * MemWriteRequest dataCrc.
             * @member {number} dataCrc
             * @memberof hac.v1.MemWriteRequest
             * @instance
             */
            MemWriteRequest.prototype.dataCrc = 0;

            /**
             * Creates a new MemWriteRequest instance using the specified properties.
             * @function create
             * @memberof hac.v1.MemWriteRequest
             * @static
             * @param {hac.v1.MemWriteRequest.$Properties=} [properties] Properties to set
             * @returns {hac.v1.MemWriteRequest} MemWriteRequest instance
             * @type {{
             *   (properties: hac.v1.MemWriteRequest.$Shape): hac.v1.MemWriteRequest & hac.v1.MemWriteRequest.$Shape;
             *   (properties?: hac.v1.MemWriteRequest.$Properties): hac.v1.MemWriteRequest;
             * }}
             */
            MemWriteRequest.create = function(properties) {
                return new MemWriteRequest(properties);
            };

            /**
             * Encodes the specified MemWriteRequest message. Does not implicitly {@link hac.v1.MemWriteRequest.verify|verify} messages.
             * @function encode
             * @memberof hac.v1.MemWriteRequest
             * @static
             * @param {hac.v1.MemWriteRequest.$Properties} message MemWriteRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MemWriteRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.region != null && $Object.hasOwnProperty.call(message, "region") && message.region !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.region);
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && message.offset !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.offset);
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.data);
                if (message.dataCrc != null && $Object.hasOwnProperty.call(message, "dataCrc") && message.dataCrc !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.dataCrc);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MemWriteRequest message from the specified reader or buffer.
             * @function decode
             * @memberof hac.v1.MemWriteRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hac.v1.MemWriteRequest & hac.v1.MemWriteRequest.$Shape} MemWriteRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MemWriteRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hac.v1.MemWriteRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.region = value;
                            else
                                delete message.region;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.offset = value;
                            else
                                delete message.offset;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.data = value;
                            else
                                delete message.data;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.dataCrc = value;
                            else
                                delete message.dataCrc;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a MemWriteRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hac.v1.MemWriteRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hac.v1.MemWriteRequest} MemWriteRequest
             */
            MemWriteRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.hac.v1.MemWriteRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hac.v1.MemWriteRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hac.v1.MemWriteRequest();
                if (object.region !== 0 && (typeof object.region !== "string" || $root.hac.v1.Region[object.region] !== 0))
                    switch (object.region) {
                    case "REGION_NONE":
                    case 0:
                        message.region = 0;
                        break;
                    case "REGION_K_SRAM":
                    case 1:
                        message.region = 1;
                        break;
                    case "REGION_V_SRAM":
                    case 2:
                        message.region = 2;
                        break;
                    case "REGION_Q_BUFFER":
                    case 3:
                        message.region = 3;
                        break;
                    case "REGION_OUTPUT":
                    case 4:
                        message.region = 4;
                        break;
                    case "REGION_TRIM":
                    case 5:
                        message.region = 5;
                        break;
                    case "REGION_KEEP_MASK":
                    case 6:
                        message.region = 6;
                        break;
                    default:
                        if (typeof object.region === "number" && (object.region | 0) === object.region)
                            message.region = object.region;
                    }
                if (object.offset != null)
                    if ($Number(object.offset) !== 0)
                        message.offset = object.offset >>> 0;
                if (object.data != null)
                    if (object.data.length)
                        if (typeof object.data === "string")
                            $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                        else if (object.data.length >= 0)
                            message.data = object.data;
                if (object.dataCrc != null)
                    if ($Number(object.dataCrc) !== 0)
                        message.dataCrc = object.dataCrc >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a MemWriteRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hac.v1.MemWriteRequest
             * @static
             * @param {hac.v1.MemWriteRequest} message MemWriteRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MemWriteRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.region = options.enums === $String ? "REGION_NONE" : 0;
                    object.offset = 0;
                    if (options.bytes === $String)
                        object.data = "";
                    else {
                        object.data = [];
                        if (options.bytes !== $Array)
                            object.data = $util.newBuffer(object.data);
                    }
                    object.dataCrc = 0;
                }
                if (message.region != null && $Object.hasOwnProperty.call(message, "region"))
                    object.region = options.enums === $String ? $root.hac.v1.Region[message.region] === $undefined ? message.region : $root.hac.v1.Region[message.region] : message.region;
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset"))
                    object.offset = message.offset;
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                if (message.dataCrc != null && $Object.hasOwnProperty.call(message, "dataCrc"))
                    object.dataCrc = message.dataCrc;
                return object;
            };

            /**
             * Converts this MemWriteRequest to JSON.
             * @function toJSON
             * @memberof hac.v1.MemWriteRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MemWriteRequest.prototype.toJSON = function() {
                return MemWriteRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for MemWriteRequest
             * @function getTypeUrl
             * @memberof hac.v1.MemWriteRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MemWriteRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hac.v1.MemWriteRequest";
            };

            return MemWriteRequest;
        })();

        v1.MemWriteResponse = (function() {

            /**
             * Properties of a MemWriteResponse.
             * @typedef {Object} hac.v1.MemWriteResponse.$Properties
             * @property {number|null} [nextOffset] MemWriteResponse nextOffset
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MemWriteResponse.
             * @memberof hac.v1
             * @interface IMemWriteResponse
             * @augments hac.v1.MemWriteResponse.$Properties
             * @deprecated Use hac.v1.MemWriteResponse.$Properties instead.
             */

            /**
             * Shape of a MemWriteResponse.
             * @typedef {hac.v1.MemWriteResponse.$Properties} hac.v1.MemWriteResponse.$Shape
             */

            /**
             * Constructs a new MemWriteResponse.
             * @memberof hac.v1
             * @classdesc Represents a MemWriteResponse.
             * @constructor
             * @param {hac.v1.MemWriteResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MemWriteResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MemWriteResponse nextOffset.
             * @member {number} nextOffset
             * @memberof hac.v1.MemWriteResponse
             * @instance
             */
            MemWriteResponse.prototype.nextOffset = 0;

            /**
             * Creates a new MemWriteResponse instance using the specified properties.
             * @function create
             * @memberof hac.v1.MemWriteResponse
             * @static
             * @param {hac.v1.MemWriteResponse.$Properties=} [properties] Properties to set
             * @returns {hac.v1.MemWriteResponse} MemWriteResponse instance
             * @type {{
             *   (properties: hac.v1.MemWriteResponse.$Shape): hac.v1.MemWriteResponse & hac.v1.MemWriteResponse.$Shape;
             *   (properties?: hac.v1.MemWriteResponse.$Properties): hac.v1.MemWriteResponse;
             * }}
             */
            MemWriteResponse.create = function(properties) {
                return new MemWriteResponse(properties);
            };

            /**
             * Encodes the specified MemWriteResponse message. Does not implicitly {@link hac.v1.MemWriteResponse.verify|verify} messages.
             * @function encode
             * @memberof hac.v1.MemWriteResponse
             * @static
             * @param {hac.v1.MemWriteResponse.$Properties} message MemWriteResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MemWriteResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nextOffset != null && $Object.hasOwnProperty.call(message, "nextOffset") && message.nextOffset !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.nextOffset);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MemWriteResponse message from the specified reader or buffer.
             * @function decode
             * @memberof hac.v1.MemWriteResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hac.v1.MemWriteResponse & hac.v1.MemWriteResponse.$Shape} MemWriteResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MemWriteResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hac.v1.MemWriteResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.nextOffset = value;
                            else
                                delete message.nextOffset;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a MemWriteResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hac.v1.MemWriteResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hac.v1.MemWriteResponse} MemWriteResponse
             */
            MemWriteResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.hac.v1.MemWriteResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hac.v1.MemWriteResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hac.v1.MemWriteResponse();
                if (object.nextOffset != null)
                    if ($Number(object.nextOffset) !== 0)
                        message.nextOffset = object.nextOffset >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a MemWriteResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hac.v1.MemWriteResponse
             * @static
             * @param {hac.v1.MemWriteResponse} message MemWriteResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MemWriteResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.nextOffset = 0;
                if (message.nextOffset != null && $Object.hasOwnProperty.call(message, "nextOffset"))
                    object.nextOffset = message.nextOffset;
                return object;
            };

            /**
             * Converts this MemWriteResponse to JSON.
             * @function toJSON
             * @memberof hac.v1.MemWriteResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MemWriteResponse.prototype.toJSON = function() {
                return MemWriteResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for MemWriteResponse
             * @function getTypeUrl
             * @memberof hac.v1.MemWriteResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MemWriteResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hac.v1.MemWriteResponse";
            };

            return MemWriteResponse;
        })();

        v1.MemReadRequest = (function() {

            /**
             * Properties of a MemReadRequest.
             * @typedef {Object} hac.v1.MemReadRequest.$Properties
             * @property {hac.v1.Region|null} [region] MemReadRequest region
             * @property {number|null} [offset] MemReadRequest offset
             * @property {number|null} [length] MemReadRequest length
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MemReadRequest.
             * @memberof hac.v1
             * @interface IMemReadRequest
             * @augments hac.v1.MemReadRequest.$Properties
             * @deprecated Use hac.v1.MemReadRequest.$Properties instead.
             */

            /**
             * Shape of a MemReadRequest.
             * @typedef {hac.v1.MemReadRequest.$Properties} hac.v1.MemReadRequest.$Shape
             */

            /**
             * Constructs a new MemReadRequest.
             * @memberof hac.v1
             * @classdesc Represents a MemReadRequest.
             * @constructor
             * @param {hac.v1.MemReadRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MemReadRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MemReadRequest region.
             * @member {hac.v1.Region} region
             * @memberof hac.v1.MemReadRequest
             * @instance
             */
            MemReadRequest.prototype.region = 0;

            /**
             * MemReadRequest offset.
             * @member {number} offset
             * @memberof hac.v1.MemReadRequest
             * @instance
             */
            MemReadRequest.prototype.offset = 0;

            /**
             * MemReadRequest length.
             * @member {number} length
             * @memberof hac.v1.MemReadRequest
             * @instance
             */
            MemReadRequest.prototype.length = 0;

            /**
             * Creates a new MemReadRequest instance using the specified properties.
             * @function create
             * @memberof hac.v1.MemReadRequest
             * @static
             * @param {hac.v1.MemReadRequest.$Properties=} [properties] Properties to set
             * @returns {hac.v1.MemReadRequest} MemReadRequest instance
             * @type {{
             *   (properties: hac.v1.MemReadRequest.$Shape): hac.v1.MemReadRequest & hac.v1.MemReadRequest.$Shape;
             *   (properties?: hac.v1.MemReadRequest.$Properties): hac.v1.MemReadRequest;
             * }}
             */
            MemReadRequest.create = function(properties) {
                return new MemReadRequest(properties);
            };

            /**
             * Encodes the specified MemReadRequest message. Does not implicitly {@link hac.v1.MemReadRequest.verify|verify} messages.
             * @function encode
             * @memberof hac.v1.MemReadRequest
             * @static
             * @param {hac.v1.MemReadRequest.$Properties} message MemReadRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MemReadRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.region != null && $Object.hasOwnProperty.call(message, "region") && message.region !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.region);
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && message.offset !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.offset);
                if (message.length != null && $Object.hasOwnProperty.call(message, "length") && message.length !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.length);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MemReadRequest message from the specified reader or buffer.
             * @function decode
             * @memberof hac.v1.MemReadRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hac.v1.MemReadRequest & hac.v1.MemReadRequest.$Shape} MemReadRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MemReadRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hac.v1.MemReadRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.region = value;
                            else
                                delete message.region;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.offset = value;
                            else
                                delete message.offset;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.length = value;
                            else
                                delete message.length;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a MemReadRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hac.v1.MemReadRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hac.v1.MemReadRequest} MemReadRequest
             */
            MemReadRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.hac.v1.MemReadRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hac.v1.MemReadRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hac.v1.MemReadRequest();
                if (object.region !== 0 && (typeof object.region !== "string" || $root.hac.v1.Region[object.region] !== 0))
                    switch (object.region) {
                    case "REGION_NONE":
                    case 0:
                        message.region = 0;
                        break;
                    case "REGION_K_SRAM":
                    case 1:
                        message.region = 1;
                        break;
                    case "REGION_V_SRAM":
                    case 2:
                        message.region = 2;
                        break;
                    case "REGION_Q_BUFFER":
                    case 3:
                        message.region = 3;
                        break;
                    case "REGION_OUTPUT":
                    case 4:
                        message.region = 4;
                        break;
                    case "REGION_TRIM":
                    case 5:
                        message.region = 5;
                        break;
                    case "REGION_KEEP_MASK":
                    case 6:
                        message.region = 6;
                        break;
                    default:
                        if (typeof object.region === "number" && (object.region | 0) === object.region)
                            message.region = object.region;
                    }
                if (object.offset != null)
                    if ($Number(object.offset) !== 0)
                        message.offset = object.offset >>> 0;
                if (object.length != null)
                    if ($Number(object.length) !== 0)
                        message.length = object.length >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a MemReadRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hac.v1.MemReadRequest
             * @static
             * @param {hac.v1.MemReadRequest} message MemReadRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MemReadRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.region = options.enums === $String ? "REGION_NONE" : 0;
                    object.offset = 0;
                    object.length = 0;
                }
                if (message.region != null && $Object.hasOwnProperty.call(message, "region"))
                    object.region = options.enums === $String ? $root.hac.v1.Region[message.region] === $undefined ? message.region : $root.hac.v1.Region[message.region] : message.region;
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset"))
                    object.offset = message.offset;
                if (message.length != null && $Object.hasOwnProperty.call(message, "length"))
                    object.length = message.length;
                return object;
            };

            /**
             * Converts this MemReadRequest to JSON.
             * @function toJSON
             * @memberof hac.v1.MemReadRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MemReadRequest.prototype.toJSON = function() {
                return MemReadRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for MemReadRequest
             * @function getTypeUrl
             * @memberof hac.v1.MemReadRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MemReadRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hac.v1.MemReadRequest";
            };

            return MemReadRequest;
        })();

        v1.MemReadResponse = (function() {

            /**
             * Properties of a MemReadResponse.
             * @typedef {Object} hac.v1.MemReadResponse.$Properties
             * @property {Uint8Array|null} [data] MemReadResponse data
             * @property {number|null} [dataCrc] MemReadResponse dataCrc
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MemReadResponse.
             * @memberof hac.v1
             * @interface IMemReadResponse
             * @augments hac.v1.MemReadResponse.$Properties
             * @deprecated Use hac.v1.MemReadResponse.$Properties instead.
             */

            /**
             * Shape of a MemReadResponse.
             * @typedef {hac.v1.MemReadResponse.$Properties} hac.v1.MemReadResponse.$Shape
             */

            /**
             * Constructs a new MemReadResponse.
             * @memberof hac.v1
             * @classdesc Represents a MemReadResponse.
             * @constructor
             * @param {hac.v1.MemReadResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MemReadResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MemReadResponse data.
             * @member {Uint8Array} data
             * @memberof hac.v1.MemReadResponse
             * @instance
             */
            MemReadResponse.prototype.data = $util.newBuffer([]);

            /**
             * MemReadResponse dataCrc.
             * @member {number} dataCrc
             * @memberof hac.v1.MemReadResponse
             * @instance
             */
            MemReadResponse.prototype.dataCrc = 0;

            /**
             * Creates a new MemReadResponse instance using the specified properties.
             * @function create
             * @memberof hac.v1.MemReadResponse
             * @static
             * @param {hac.v1.MemReadResponse.$Properties=} [properties] Properties to set
             * @returns {hac.v1.MemReadResponse} MemReadResponse instance
             * @type {{
             *   (properties: hac.v1.MemReadResponse.$Shape): hac.v1.MemReadResponse & hac.v1.MemReadResponse.$Shape;
             *   (properties?: hac.v1.MemReadResponse.$Properties): hac.v1.MemReadResponse;
             * }}
             */
            MemReadResponse.create = function(properties) {
                return new MemReadResponse(properties);
            };

            /**
             * Encodes the specified MemReadResponse message. Does not implicitly {@link hac.v1.MemReadResponse.verify|verify} messages.
             * @function encode
             * @memberof hac.v1.MemReadResponse
             * @static
             * @param {hac.v1.MemReadResponse.$Properties} message MemReadResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MemReadResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.data);
                if (message.dataCrc != null && $Object.hasOwnProperty.call(message, "dataCrc") && message.dataCrc !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.dataCrc);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MemReadResponse message from the specified reader or buffer.
             * @function decode
             * @memberof hac.v1.MemReadResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hac.v1.MemReadResponse & hac.v1.MemReadResponse.$Shape} MemReadResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MemReadResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hac.v1.MemReadResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.data = value;
                            else
                                delete message.data;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.dataCrc = value;
                            else
                                delete message.dataCrc;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a MemReadResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hac.v1.MemReadResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hac.v1.MemReadResponse} MemReadResponse
             */
            MemReadResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.hac.v1.MemReadResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hac.v1.MemReadResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hac.v1.MemReadResponse();
                if (object.data != null)
                    if (object.data.length)
                        if (typeof object.data === "string")
                            $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                        else if (object.data.length >= 0)
                            message.data = object.data;
                if (object.dataCrc != null)
                    if ($Number(object.dataCrc) !== 0)
                        message.dataCrc = object.dataCrc >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a MemReadResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hac.v1.MemReadResponse
             * @static
             * @param {hac.v1.MemReadResponse} message MemReadResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MemReadResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.data = "";
                    else {
                        object.data = [];
                        if (options.bytes !== $Array)
                            object.data = $util.newBuffer(object.data);
                    }
                    object.dataCrc = 0;
                }
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                if (message.dataCrc != null && $Object.hasOwnProperty.call(message, "dataCrc"))
                    object.dataCrc = message.dataCrc;
                return object;
            };

            /**
             * Converts this MemReadResponse to JSON.
             * @function toJSON
             * @memberof hac.v1.MemReadResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MemReadResponse.prototype.toJSON = function() {
                return MemReadResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for MemReadResponse
             * @function getTypeUrl
             * @memberof hac.v1.MemReadResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MemReadResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hac.v1.MemReadResponse";
            };

            return MemReadResponse;
        })();

        v1.MemDigestRequest = (function() {

            /**
             * Properties of a MemDigestRequest.
             * @typedef {Object} hac.v1.MemDigestRequest.$Properties
             * @property {hac.v1.Region|null} [region] MemDigestRequest region
             * @property {number|null} [offset] MemDigestRequest offset
             * @property {number|null} [length] MemDigestRequest length
             * @property {Uint8Array|null} [expectSha256] MemDigestRequest expectSha256
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MemDigestRequest.
             * @memberof hac.v1
             * @interface IMemDigestRequest
             * @augments hac.v1.MemDigestRequest.$Properties
             * @deprecated Use hac.v1.MemDigestRequest.$Properties instead.
             */

            /**
             * Shape of a MemDigestRequest.
             * @typedef {hac.v1.MemDigestRequest.$Properties} hac.v1.MemDigestRequest.$Shape
             */

            /**
             * Constructs a new MemDigestRequest.
             * @memberof hac.v1
             * @classdesc Represents a MemDigestRequest.
             * @constructor
             * @param {hac.v1.MemDigestRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MemDigestRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MemDigestRequest region.
             * @member {hac.v1.Region} region
             * @memberof hac.v1.MemDigestRequest
             * @instance
             */
            MemDigestRequest.prototype.region = 0;

            /**
             * MemDigestRequest offset.
             * @member {number} offset
             * @memberof hac.v1.MemDigestRequest
             * @instance
             */
            MemDigestRequest.prototype.offset = 0;

            /**
             * MemDigestRequest length.
             * @member {number} length
             * @memberof hac.v1.MemDigestRequest
             * @instance
             */
            MemDigestRequest.prototype.length = 0;

            /**
             * MemDigestRequest expectSha256.
             * @member {Uint8Array} expectSha256
             * @memberof hac.v1.MemDigestRequest
             * @instance
             */
            MemDigestRequest.prototype.expectSha256 = $util.newBuffer([]);

            /**
             * Creates a new MemDigestRequest instance using the specified properties.
             * @function create
             * @memberof hac.v1.MemDigestRequest
             * @static
             * @param {hac.v1.MemDigestRequest.$Properties=} [properties] Properties to set
             * @returns {hac.v1.MemDigestRequest} MemDigestRequest instance
             * @type {{
             *   (properties: hac.v1.MemDigestRequest.$Shape): hac.v1.MemDigestRequest & hac.v1.MemDigestRequest.$Shape;
             *   (properties?: hac.v1.MemDigestRequest.$Properties): hac.v1.MemDigestRequest;
             * }}
             */
            MemDigestRequest.create = function(properties) {
                return new MemDigestRequest(properties);
            };

            /**
             * Encodes the specified MemDigestRequest message. Does not implicitly {@link hac.v1.MemDigestRequest.verify|verify} messages.
             * @function encode
             * @memberof hac.v1.MemDigestRequest
             * @static
             * @param {hac.v1.MemDigestRequest.$Properties} message MemDigestRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MemDigestRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.region != null && $Object.hasOwnProperty.call(message, "region") && message.region !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.region);
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && message.offset !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.offset);
                if (message.length != null && $Object.hasOwnProperty.call(message, "length") && message.length !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.length);
                if (message.expectSha256 != null && $Object.hasOwnProperty.call(message, "expectSha256") && message.expectSha256.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.expectSha256);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MemDigestRequest message from the specified reader or buffer.
             * @function decode
             * @memberof hac.v1.MemDigestRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hac.v1.MemDigestRequest & hac.v1.MemDigestRequest.$Shape} MemDigestRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MemDigestRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hac.v1.MemDigestRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.region = value;
                            else
                                delete message.region;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.offset = value;
                            else
                                delete message.offset;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.length = value;
                            else
                                delete message.length;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.expectSha256 = value;
                            else
                                delete message.expectSha256;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a MemDigestRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hac.v1.MemDigestRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hac.v1.MemDigestRequest} MemDigestRequest
             */
            MemDigestRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.hac.v1.MemDigestRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hac.v1.MemDigestRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hac.v1.MemDigestRequest();
                if (object.region !== 0 && (typeof object.region !== "string" || $root.hac.v1.Region[object.region] !== 0))
                    switch (object.region) {
                    case "REGION_NONE":
                    case 0:
                        message.region = 0;
                        break;
                    case "REGION_K_SRAM":
                    case 1:
                        message.region = 1;
                        break;
                    case "REGION_V_SRAM":
                    case 2:
                        message.region = 2;
                        break;
                    case "REGION_Q_BUFFER":
                    case 3:
                        message.region = 3;
                        break;
                    case "REGION_OUTPUT":
                    case 4:
                        message.region = 4;
                        break;
                    case "REGION_TRIM":
                    case 5:
                        message.region = 5;
                        break;
                    case "REGION_KEEP_MASK":
                    case 6:
                        message.region = 6;
                        break;
                    default:
                        if (typeof object.region === "number" && (object.region | 0) === object.region)
                            message.region = object.region;
                    }
                if (object.offset != null)
                    if ($Number(object.offset) !== 0)
                        message.offset = object.offset >>> 0;
                if (object.length != null)
                    if ($Number(object.length) !== 0)
                        message.length = object.length >>> 0;
                if (object.expectSha256 != null)
                    if (object.expectSha256.length)
                        if (typeof object.expectSha256 === "string")
                            $util.base64.decode(object.expectSha256, message.expectSha256 = $util.newBuffer($util.base64.length(object.expectSha256)), 0);
                        else if (object.expectSha256.length >= 0)
                            message.expectSha256 = object.expectSha256;
                return message;
            };

            /**
             * Creates a plain object from a MemDigestRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hac.v1.MemDigestRequest
             * @static
             * @param {hac.v1.MemDigestRequest} message MemDigestRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MemDigestRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.region = options.enums === $String ? "REGION_NONE" : 0;
                    object.offset = 0;
                    object.length = 0;
                    if (options.bytes === $String)
                        object.expectSha256 = "";
                    else {
                        object.expectSha256 = [];
                        if (options.bytes !== $Array)
                            object.expectSha256 = $util.newBuffer(object.expectSha256);
                    }
                }
                if (message.region != null && $Object.hasOwnProperty.call(message, "region"))
                    object.region = options.enums === $String ? $root.hac.v1.Region[message.region] === $undefined ? message.region : $root.hac.v1.Region[message.region] : message.region;
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset"))
                    object.offset = message.offset;
                if (message.length != null && $Object.hasOwnProperty.call(message, "length"))
                    object.length = message.length;
                if (message.expectSha256 != null && $Object.hasOwnProperty.call(message, "expectSha256"))
                    object.expectSha256 = options.bytes === $String ? $util.base64.encode(message.expectSha256, 0, message.expectSha256.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.expectSha256) : message.expectSha256;
                return object;
            };

            /**
             * Converts this MemDigestRequest to JSON.
             * @function toJSON
             * @memberof hac.v1.MemDigestRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MemDigestRequest.prototype.toJSON = function() {
                return MemDigestRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for MemDigestRequest
             * @function getTypeUrl
             * @memberof hac.v1.MemDigestRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MemDigestRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hac.v1.MemDigestRequest";
            };

            return MemDigestRequest;
        })();

        v1.ClearFenceRequest = (function() {

            /**
             * Properties of a ClearFenceRequest.
             * @typedef {Object} hac.v1.ClearFenceRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ClearFenceRequest.
             * @memberof hac.v1
             * @interface IClearFenceRequest
             * @augments hac.v1.ClearFenceRequest.$Properties
             * @deprecated Use hac.v1.ClearFenceRequest.$Properties instead.
             */

            /**
             * Shape of a ClearFenceRequest.
             * @typedef {hac.v1.ClearFenceRequest.$Properties} hac.v1.ClearFenceRequest.$Shape
             */

            /**
             * Constructs a new ClearFenceRequest.
             * @memberof hac.v1
             * @classdesc Represents a ClearFenceRequest.
             * @constructor
             * @param {hac.v1.ClearFenceRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ClearFenceRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new ClearFenceRequest instance using the specified properties.
             * @function create
             * @memberof hac.v1.ClearFenceRequest
             * @static
             * @param {hac.v1.ClearFenceRequest.$Properties=} [properties] Properties to set
             * @returns {hac.v1.ClearFenceRequest} ClearFenceRequest instance
             * @type {{
             *   (properties: hac.v1.ClearFenceRequest.$Shape): hac.v1.ClearFenceRequest & hac.v1.ClearFenceRequest.$Shape;
             *   (properties?: hac.v1.ClearFenceRequest.$Properties): hac.v1.ClearFenceRequest;
             * }}
             */
            ClearFenceRequest.create = function(properties) {
                return new ClearFenceRequest(properties);
            };

            /**
             * Encodes the specified ClearFenceRequest message. Does not implicitly {@link hac.v1.ClearFenceRequest.verify|verify} messages.
             * @function encode
             * @memberof hac.v1.ClearFenceRequest
             * @static
             * @param {hac.v1.ClearFenceRequest.$Properties} message ClearFenceRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClearFenceRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ClearFenceRequest message from the specified reader or buffer.
             * @function decode
             * @memberof hac.v1.ClearFenceRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hac.v1.ClearFenceRequest & hac.v1.ClearFenceRequest.$Shape} ClearFenceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClearFenceRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hac.v1.ClearFenceRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ClearFenceRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hac.v1.ClearFenceRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hac.v1.ClearFenceRequest} ClearFenceRequest
             */
            ClearFenceRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.hac.v1.ClearFenceRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hac.v1.ClearFenceRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.hac.v1.ClearFenceRequest();
            };

            /**
             * Creates a plain object from a ClearFenceRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hac.v1.ClearFenceRequest
             * @static
             * @param {hac.v1.ClearFenceRequest} message ClearFenceRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ClearFenceRequest.toObject = function () {
                return {};
            };

            /**
             * Converts this ClearFenceRequest to JSON.
             * @function toJSON
             * @memberof hac.v1.ClearFenceRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ClearFenceRequest.prototype.toJSON = function() {
                return ClearFenceRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ClearFenceRequest
             * @function getTypeUrl
             * @memberof hac.v1.ClearFenceRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ClearFenceRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hac.v1.ClearFenceRequest";
            };

            return ClearFenceRequest;
        })();

        v1.ClearFenceResponse = (function() {

            /**
             * Properties of a ClearFenceResponse.
             * @typedef {Object} hac.v1.ClearFenceResponse.$Properties
             * @property {number|null} [refused] ClearFenceResponse refused
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ClearFenceResponse.
             * @memberof hac.v1
             * @interface IClearFenceResponse
             * @augments hac.v1.ClearFenceResponse.$Properties
             * @deprecated Use hac.v1.ClearFenceResponse.$Properties instead.
             */

            /**
             * Shape of a ClearFenceResponse.
             * @typedef {hac.v1.ClearFenceResponse.$Properties} hac.v1.ClearFenceResponse.$Shape
             */

            /**
             * Constructs a new ClearFenceResponse.
             * @memberof hac.v1
             * @classdesc Represents a ClearFenceResponse.
             * @constructor
             * @param {hac.v1.ClearFenceResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ClearFenceResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ClearFenceResponse refused.
             * @member {number} refused
             * @memberof hac.v1.ClearFenceResponse
             * @instance
             */
            ClearFenceResponse.prototype.refused = 0;

            /**
             * Creates a new ClearFenceResponse instance using the specified properties.
             * @function create
             * @memberof hac.v1.ClearFenceResponse
             * @static
             * @param {hac.v1.ClearFenceResponse.$Properties=} [properties] Properties to set
             * @returns {hac.v1.ClearFenceResponse} ClearFenceResponse instance
             * @type {{
             *   (properties: hac.v1.ClearFenceResponse.$Shape): hac.v1.ClearFenceResponse & hac.v1.ClearFenceResponse.$Shape;
             *   (properties?: hac.v1.ClearFenceResponse.$Properties): hac.v1.ClearFenceResponse;
             * }}
             */
            ClearFenceResponse.create = function(properties) {
                return new ClearFenceResponse(properties);
            };

            /**
             * Encodes the specified ClearFenceResponse message. Does not implicitly {@link hac.v1.ClearFenceResponse.verify|verify} messages.
             * @function encode
             * @memberof hac.v1.ClearFenceResponse
             * @static
             * @param {hac.v1.ClearFenceResponse.$Properties} message ClearFenceResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClearFenceResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.refused != null && $Object.hasOwnProperty.call(message, "refused") && message.refused !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.refused);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ClearFenceResponse message from the specified reader or buffer.
             * @function decode
             * @memberof hac.v1.ClearFenceResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hac.v1.ClearFenceResponse & hac.v1.ClearFenceResponse.$Shape} ClearFenceResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClearFenceResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hac.v1.ClearFenceResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.refused = value;
                            else
                                delete message.refused;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ClearFenceResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hac.v1.ClearFenceResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hac.v1.ClearFenceResponse} ClearFenceResponse
             */
            ClearFenceResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.hac.v1.ClearFenceResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hac.v1.ClearFenceResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hac.v1.ClearFenceResponse();
                if (object.refused != null)
                    if ($Number(object.refused) !== 0)
                        message.refused = object.refused >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a ClearFenceResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hac.v1.ClearFenceResponse
             * @static
             * @param {hac.v1.ClearFenceResponse} message ClearFenceResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ClearFenceResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.refused = 0;
                if (message.refused != null && $Object.hasOwnProperty.call(message, "refused"))
                    object.refused = message.refused;
                return object;
            };

            /**
             * Converts this ClearFenceResponse to JSON.
             * @function toJSON
             * @memberof hac.v1.ClearFenceResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ClearFenceResponse.prototype.toJSON = function() {
                return ClearFenceResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ClearFenceResponse
             * @function getTypeUrl
             * @memberof hac.v1.ClearFenceResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ClearFenceResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hac.v1.ClearFenceResponse";
            };

            return ClearFenceResponse;
        })();

        v1.MemDigestResponse = (function() {

            /**
             * Properties of a MemDigestResponse.
             * @typedef {Object} hac.v1.MemDigestResponse.$Properties
             * @property {Uint8Array|null} [sha256] MemDigestResponse sha256
             * @property {number|null} [crc32] MemDigestResponse crc32
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MemDigestResponse.
             * @memberof hac.v1
             * @interface IMemDigestResponse
             * @augments hac.v1.MemDigestResponse.$Properties
             * @deprecated Use hac.v1.MemDigestResponse.$Properties instead.
             */

            /**
             * Shape of a MemDigestResponse.
             * @typedef {hac.v1.MemDigestResponse.$Properties} hac.v1.MemDigestResponse.$Shape
             */

            /**
             * Constructs a new MemDigestResponse.
             * @memberof hac.v1
             * @classdesc Represents a MemDigestResponse.
             * @constructor
             * @param {hac.v1.MemDigestResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MemDigestResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MemDigestResponse sha256.
             * @member {Uint8Array} sha256
             * @memberof hac.v1.MemDigestResponse
             * @instance
             */
            MemDigestResponse.prototype.sha256 = $util.newBuffer([]);

            /**
             * MemDigestResponse crc32.
             * @member {number} crc32
             * @memberof hac.v1.MemDigestResponse
             * @instance
             */
            MemDigestResponse.prototype.crc32 = 0;

            /**
             * Creates a new MemDigestResponse instance using the specified properties.
             * @function create
             * @memberof hac.v1.MemDigestResponse
             * @static
             * @param {hac.v1.MemDigestResponse.$Properties=} [properties] Properties to set
             * @returns {hac.v1.MemDigestResponse} MemDigestResponse instance
             * @type {{
             *   (properties: hac.v1.MemDigestResponse.$Shape): hac.v1.MemDigestResponse & hac.v1.MemDigestResponse.$Shape;
             *   (properties?: hac.v1.MemDigestResponse.$Properties): hac.v1.MemDigestResponse;
             * }}
             */
            MemDigestResponse.create = function(properties) {
                return new MemDigestResponse(properties);
            };

            /**
             * Encodes the specified MemDigestResponse message. Does not implicitly {@link hac.v1.MemDigestResponse.verify|verify} messages.
             * @function encode
             * @memberof hac.v1.MemDigestResponse
             * @static
             * @param {hac.v1.MemDigestResponse.$Properties} message MemDigestResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MemDigestResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256") && message.sha256.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.sha256);
                if (message.crc32 != null && $Object.hasOwnProperty.call(message, "crc32") && message.crc32 !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.crc32);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MemDigestResponse message from the specified reader or buffer.
             * @function decode
             * @memberof hac.v1.MemDigestResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hac.v1.MemDigestResponse & hac.v1.MemDigestResponse.$Shape} MemDigestResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MemDigestResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hac.v1.MemDigestResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.sha256 = value;
                            else
                                delete message.sha256;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.crc32 = value;
                            else
                                delete message.crc32;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a MemDigestResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hac.v1.MemDigestResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hac.v1.MemDigestResponse} MemDigestResponse
             */
            MemDigestResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.hac.v1.MemDigestResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hac.v1.MemDigestResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hac.v1.MemDigestResponse();
                if (object.sha256 != null)
                    if (object.sha256.length)
                        if (typeof object.sha256 === "string")
                            $util.base64.decode(object.sha256, message.sha256 = $util.newBuffer($util.base64.length(object.sha256)), 0);
                        else if (object.sha256.length >= 0)
                            message.sha256 = object.sha256;
                if (object.crc32 != null)
                    if ($Number(object.crc32) !== 0)
                        message.crc32 = object.crc32 >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a MemDigestResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hac.v1.MemDigestResponse
             * @static
             * @param {hac.v1.MemDigestResponse} message MemDigestResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MemDigestResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.sha256 = "";
                    else {
                        object.sha256 = [];
                        if (options.bytes !== $Array)
                            object.sha256 = $util.newBuffer(object.sha256);
                    }
                    object.crc32 = 0;
                }
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256"))
                    object.sha256 = options.bytes === $String ? $util.base64.encode(message.sha256, 0, message.sha256.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.sha256) : message.sha256;
                if (message.crc32 != null && $Object.hasOwnProperty.call(message, "crc32"))
                    object.crc32 = message.crc32;
                return object;
            };

            /**
             * Converts this MemDigestResponse to JSON.
             * @function toJSON
             * @memberof hac.v1.MemDigestResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MemDigestResponse.prototype.toJSON = function() {
                return MemDigestResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for MemDigestResponse
             * @function getTypeUrl
             * @memberof hac.v1.MemDigestResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MemDigestResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hac.v1.MemDigestResponse";
            };

            return MemDigestResponse;
        })();

        v1.QuerySettings = (function() {

            /**
             * Properties of a QuerySettings.
             * @typedef {Object} hac.v1.QuerySettings.$Properties
             * @property {number|null} [scoreScale] QuerySettings scoreScale
             * @property {number|null} [margin] QuerySettings margin
             * @property {number|null} [head] QuerySettings head
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a QuerySettings.
             * @memberof hac.v1
             * @interface IQuerySettings
             * @augments hac.v1.QuerySettings.$Properties
             * @deprecated Use hac.v1.QuerySettings.$Properties instead.
             */

            /**
             * Shape of a QuerySettings.
             * @typedef {hac.v1.QuerySettings.$Properties} hac.v1.QuerySettings.$Shape
             */

            /**
             * Constructs a new QuerySettings.
             * @memberof hac.v1
             * @classdesc Represents a QuerySettings.
             * @constructor
             * @param {hac.v1.QuerySettings.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const QuerySettings = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * QuerySettings scoreScale.
             * @member {number|null|undefined} scoreScale
             * @memberof hac.v1.QuerySettings
             * @instance
             */
            QuerySettings.prototype.scoreScale = null;

            /**
             * QuerySettings margin.
             * @member {number|null|undefined} margin
             * @memberof hac.v1.QuerySettings
             * @instance
             */
            QuerySettings.prototype.margin = null;

            /**
             * QuerySettings head.
             * @member {number|null|undefined} head
             * @memberof hac.v1.QuerySettings
             * @instance
             */
            QuerySettings.prototype.head = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(QuerySettings.prototype, "_scoreScale", {
                get: $util.oneOfGetter($oneOfFields = ["scoreScale"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(QuerySettings.prototype, "_margin", {
                get: $util.oneOfGetter($oneOfFields = ["margin"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(QuerySettings.prototype, "_head", {
                get: $util.oneOfGetter($oneOfFields = ["head"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new QuerySettings instance using the specified properties.
             * @function create
             * @memberof hac.v1.QuerySettings
             * @static
             * @param {hac.v1.QuerySettings.$Properties=} [properties] Properties to set
             * @returns {hac.v1.QuerySettings} QuerySettings instance
             * @type {{
             *   (properties: hac.v1.QuerySettings.$Shape): hac.v1.QuerySettings & hac.v1.QuerySettings.$Shape;
             *   (properties?: hac.v1.QuerySettings.$Properties): hac.v1.QuerySettings;
             * }}
             */
            QuerySettings.create = function(properties) {
                return new QuerySettings(properties);
            };

            /**
             * Encodes the specified QuerySettings message. Does not implicitly {@link hac.v1.QuerySettings.verify|verify} messages.
             * @function encode
             * @memberof hac.v1.QuerySettings
             * @static
             * @param {hac.v1.QuerySettings.$Properties} message QuerySettings message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            QuerySettings.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.scoreScale != null && $Object.hasOwnProperty.call(message, "scoreScale"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.scoreScale);
                if (message.margin != null && $Object.hasOwnProperty.call(message, "margin"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.margin);
                if (message.head != null && $Object.hasOwnProperty.call(message, "head"))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.head);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a QuerySettings message from the specified reader or buffer.
             * @function decode
             * @memberof hac.v1.QuerySettings
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hac.v1.QuerySettings & hac.v1.QuerySettings.$Shape} QuerySettings
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            QuerySettings.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hac.v1.QuerySettings();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            message.scoreScale = reader.uint32();
                            message._scoreScale = "scoreScale";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            message.margin = reader.uint32();
                            message._margin = "margin";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            message.head = reader.uint32();
                            message._head = "head";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a QuerySettings message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hac.v1.QuerySettings
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hac.v1.QuerySettings} QuerySettings
             */
            QuerySettings.fromObject = function (object, _depth) {
                if (object instanceof $root.hac.v1.QuerySettings)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hac.v1.QuerySettings: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hac.v1.QuerySettings();
                if (object.scoreScale != null)
                    message.scoreScale = object.scoreScale >>> 0;
                if (object.margin != null)
                    message.margin = object.margin >>> 0;
                if (object.head != null)
                    message.head = object.head >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a QuerySettings message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hac.v1.QuerySettings
             * @static
             * @param {hac.v1.QuerySettings} message QuerySettings
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            QuerySettings.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.scoreScale != null && $Object.hasOwnProperty.call(message, "scoreScale"))
                    object.scoreScale = message.scoreScale;
                if (message.margin != null && $Object.hasOwnProperty.call(message, "margin"))
                    object.margin = message.margin;
                if (message.head != null && $Object.hasOwnProperty.call(message, "head"))
                    object.head = message.head;
                return object;
            };

            /**
             * Converts this QuerySettings to JSON.
             * @function toJSON
             * @memberof hac.v1.QuerySettings
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            QuerySettings.prototype.toJSON = function() {
                return QuerySettings.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for QuerySettings
             * @function getTypeUrl
             * @memberof hac.v1.QuerySettings
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            QuerySettings.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hac.v1.QuerySettings";
            };

            return QuerySettings;
        })();

        v1.RunQueryRequest = (function() {

            /**
             * Properties of a RunQueryRequest.
             * @typedef {Object} hac.v1.RunQueryRequest.$Properties
             * @property {Uint8Array|null} [query] RunQueryRequest query
             * @property {boolean|null} [wantCodes] RunQueryRequest wantCodes
             * @property {hac.v1.QuerySettings.$Properties|null} [settings] RunQueryRequest settings
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RunQueryRequest.
             * @memberof hac.v1
             * @interface IRunQueryRequest
             * @augments hac.v1.RunQueryRequest.$Properties
             * @deprecated Use hac.v1.RunQueryRequest.$Properties instead.
             */

            /**
             * Shape of a RunQueryRequest.
             * @typedef {hac.v1.RunQueryRequest.$Properties} hac.v1.RunQueryRequest.$Shape
             */

            /**
             * Constructs a new RunQueryRequest.
             * @memberof hac.v1
             * @classdesc Represents a RunQueryRequest.
             * @constructor
             * @param {hac.v1.RunQueryRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RunQueryRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RunQueryRequest query.
             * @member {Uint8Array} query
             * @memberof hac.v1.RunQueryRequest
             * @instance
             */
            RunQueryRequest.prototype.query = $util.newBuffer([]);

            /**
             * RunQueryRequest wantCodes.
             * @member {boolean} wantCodes
             * @memberof hac.v1.RunQueryRequest
             * @instance
             */
            RunQueryRequest.prototype.wantCodes = false;

            /**
             * RunQueryRequest settings.
             * @member {hac.v1.QuerySettings.$Properties|null|undefined} settings
             * @memberof hac.v1.RunQueryRequest
             * @instance
             */
            RunQueryRequest.prototype.settings = null;

            /**
             * Creates a new RunQueryRequest instance using the specified properties.
             * @function create
             * @memberof hac.v1.RunQueryRequest
             * @static
             * @param {hac.v1.RunQueryRequest.$Properties=} [properties] Properties to set
             * @returns {hac.v1.RunQueryRequest} RunQueryRequest instance
             * @type {{
             *   (properties: hac.v1.RunQueryRequest.$Shape): hac.v1.RunQueryRequest & hac.v1.RunQueryRequest.$Shape;
             *   (properties?: hac.v1.RunQueryRequest.$Properties): hac.v1.RunQueryRequest;
             * }}
             */
            RunQueryRequest.create = function(properties) {
                return new RunQueryRequest(properties);
            };

            /**
             * Encodes the specified RunQueryRequest message. Does not implicitly {@link hac.v1.RunQueryRequest.verify|verify} messages.
             * @function encode
             * @memberof hac.v1.RunQueryRequest
             * @static
             * @param {hac.v1.RunQueryRequest.$Properties} message RunQueryRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RunQueryRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.query != null && $Object.hasOwnProperty.call(message, "query") && message.query.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.query);
                if (message.wantCodes != null && $Object.hasOwnProperty.call(message, "wantCodes") && message.wantCodes !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.wantCodes);
                if (message.settings != null && $Object.hasOwnProperty.call(message, "settings"))
                    $root.hac.v1.QuerySettings.encode(message.settings, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RunQueryRequest message from the specified reader or buffer.
             * @function decode
             * @memberof hac.v1.RunQueryRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hac.v1.RunQueryRequest & hac.v1.RunQueryRequest.$Shape} RunQueryRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RunQueryRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hac.v1.RunQueryRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.query = value;
                            else
                                delete message.query;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.wantCodes = value;
                            else
                                delete message.wantCodes;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.settings = $root.hac.v1.QuerySettings.decode(reader, reader.size(), $undefined, _depth + 1, message.settings);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a RunQueryRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hac.v1.RunQueryRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hac.v1.RunQueryRequest} RunQueryRequest
             */
            RunQueryRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.hac.v1.RunQueryRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hac.v1.RunQueryRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hac.v1.RunQueryRequest();
                if (object.query != null)
                    if (object.query.length)
                        if (typeof object.query === "string")
                            $util.base64.decode(object.query, message.query = $util.newBuffer($util.base64.length(object.query)), 0);
                        else if (object.query.length >= 0)
                            message.query = object.query;
                if (object.wantCodes != null)
                    if (object.wantCodes)
                        message.wantCodes = $Boolean(object.wantCodes);
                if (object.settings != null) {
                    if (!$util.isObject(object.settings))
                        throw $TypeError(".hac.v1.RunQueryRequest.settings: object expected");
                    message.settings = $root.hac.v1.QuerySettings.fromObject(object.settings, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a RunQueryRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hac.v1.RunQueryRequest
             * @static
             * @param {hac.v1.RunQueryRequest} message RunQueryRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RunQueryRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.query = "";
                    else {
                        object.query = [];
                        if (options.bytes !== $Array)
                            object.query = $util.newBuffer(object.query);
                    }
                    object.wantCodes = false;
                    object.settings = null;
                }
                if (message.query != null && $Object.hasOwnProperty.call(message, "query"))
                    object.query = options.bytes === $String ? $util.base64.encode(message.query, 0, message.query.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.query) : message.query;
                if (message.wantCodes != null && $Object.hasOwnProperty.call(message, "wantCodes"))
                    object.wantCodes = message.wantCodes;
                if (message.settings != null && $Object.hasOwnProperty.call(message, "settings"))
                    object.settings = $root.hac.v1.QuerySettings.toObject(message.settings, options, _depth + 1);
                return object;
            };

            /**
             * Converts this RunQueryRequest to JSON.
             * @function toJSON
             * @memberof hac.v1.RunQueryRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RunQueryRequest.prototype.toJSON = function() {
                return RunQueryRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RunQueryRequest
             * @function getTypeUrl
             * @memberof hac.v1.RunQueryRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RunQueryRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hac.v1.RunQueryRequest";
            };

            return RunQueryRequest;
        })();

        v1.RunQueryResponse = (function() {

            /**
             * Properties of a RunQueryResponse.
             * @typedef {Object} hac.v1.RunQueryResponse.$Properties
             * @property {hac.v1.QueryResult.$Properties|null} [result] RunQueryResponse result
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RunQueryResponse.
             * @memberof hac.v1
             * @interface IRunQueryResponse
             * @augments hac.v1.RunQueryResponse.$Properties
             * @deprecated Use hac.v1.RunQueryResponse.$Properties instead.
             */

            /**
             * Shape of a RunQueryResponse.
             * @typedef {hac.v1.RunQueryResponse.$Properties} hac.v1.RunQueryResponse.$Shape
             */

            /**
             * Constructs a new RunQueryResponse.
             * @memberof hac.v1
             * @classdesc Represents a RunQueryResponse.
             * @constructor
             * @param {hac.v1.RunQueryResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RunQueryResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RunQueryResponse result.
             * @member {hac.v1.QueryResult.$Properties|null|undefined} result
             * @memberof hac.v1.RunQueryResponse
             * @instance
             */
            RunQueryResponse.prototype.result = null;

            /**
             * Creates a new RunQueryResponse instance using the specified properties.
             * @function create
             * @memberof hac.v1.RunQueryResponse
             * @static
             * @param {hac.v1.RunQueryResponse.$Properties=} [properties] Properties to set
             * @returns {hac.v1.RunQueryResponse} RunQueryResponse instance
             * @type {{
             *   (properties: hac.v1.RunQueryResponse.$Shape): hac.v1.RunQueryResponse & hac.v1.RunQueryResponse.$Shape;
             *   (properties?: hac.v1.RunQueryResponse.$Properties): hac.v1.RunQueryResponse;
             * }}
             */
            RunQueryResponse.create = function(properties) {
                return new RunQueryResponse(properties);
            };

            /**
             * Encodes the specified RunQueryResponse message. Does not implicitly {@link hac.v1.RunQueryResponse.verify|verify} messages.
             * @function encode
             * @memberof hac.v1.RunQueryResponse
             * @static
             * @param {hac.v1.RunQueryResponse.$Properties} message RunQueryResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RunQueryResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.result != null && $Object.hasOwnProperty.call(message, "result"))
                    $root.hac.v1.QueryResult.encode(message.result, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RunQueryResponse message from the specified reader or buffer.
             * @function decode
             * @memberof hac.v1.RunQueryResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hac.v1.RunQueryResponse & hac.v1.RunQueryResponse.$Shape} RunQueryResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RunQueryResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hac.v1.RunQueryResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.result = $root.hac.v1.QueryResult.decode(reader, reader.size(), $undefined, _depth + 1, message.result);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a RunQueryResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hac.v1.RunQueryResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hac.v1.RunQueryResponse} RunQueryResponse
             */
            RunQueryResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.hac.v1.RunQueryResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hac.v1.RunQueryResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hac.v1.RunQueryResponse();
                if (object.result != null) {
                    if (!$util.isObject(object.result))
                        throw $TypeError(".hac.v1.RunQueryResponse.result: object expected");
                    message.result = $root.hac.v1.QueryResult.fromObject(object.result, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a RunQueryResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hac.v1.RunQueryResponse
             * @static
             * @param {hac.v1.RunQueryResponse} message RunQueryResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RunQueryResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.result = null;
                if (message.result != null && $Object.hasOwnProperty.call(message, "result"))
                    object.result = $root.hac.v1.QueryResult.toObject(message.result, options, _depth + 1);
                return object;
            };

            /**
             * Converts this RunQueryResponse to JSON.
             * @function toJSON
             * @memberof hac.v1.RunQueryResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RunQueryResponse.prototype.toJSON = function() {
                return RunQueryResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RunQueryResponse
             * @function getTypeUrl
             * @memberof hac.v1.RunQueryResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RunQueryResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hac.v1.RunQueryResponse";
            };

            return RunQueryResponse;
        })();

        v1.RunQueriesRequest = (function() {

            /**
             * Properties of a RunQueriesRequest.
             * @typedef {Object} hac.v1.RunQueriesRequest.$Properties
             * @property {Uint8Array|null} [queries] RunQueriesRequest queries
             * @property {Array.<hac.v1.QuerySettings.$Properties>|null} [settings] RunQueriesRequest settings
             * @property {boolean|null} [wantCodes] RunQueriesRequest wantCodes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RunQueriesRequest.
             * @memberof hac.v1
             * @interface IRunQueriesRequest
             * @augments hac.v1.RunQueriesRequest.$Properties
             * @deprecated Use hac.v1.RunQueriesRequest.$Properties instead.
             */

            /**
             * Shape of a RunQueriesRequest.
             * @typedef {hac.v1.RunQueriesRequest.$Properties} hac.v1.RunQueriesRequest.$Shape
             */

            /**
             * Constructs a new RunQueriesRequest.
             * @memberof hac.v1
             * @classdesc Represents a RunQueriesRequest.
             * @constructor
             * @param {hac.v1.RunQueriesRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RunQueriesRequest = function (properties) {
                this.settings = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RunQueriesRequest queries.
             * @member {Uint8Array} queries
             * @memberof hac.v1.RunQueriesRequest
             * @instance
             */
            RunQueriesRequest.prototype.queries = $util.newBuffer([]);

            /**
             * RunQueriesRequest settings.
             * @member {Array.<hac.v1.QuerySettings.$Properties>} settings
             * @memberof hac.v1.RunQueriesRequest
             * @instance
             */
            RunQueriesRequest.prototype.settings = $util.emptyArray;

            /**
             * RunQueriesRequest wantCodes.
             * @member {boolean} wantCodes
             * @memberof hac.v1.RunQueriesRequest
             * @instance
             */
            RunQueriesRequest.prototype.wantCodes = false;

            /**
             * Creates a new RunQueriesRequest instance using the specified properties.
             * @function create
             * @memberof hac.v1.RunQueriesRequest
             * @static
             * @param {hac.v1.RunQueriesRequest.$Properties=} [properties] Properties to set
             * @returns {hac.v1.RunQueriesRequest} RunQueriesRequest instance
             * @type {{
             *   (properties: hac.v1.RunQueriesRequest.$Shape): hac.v1.RunQueriesRequest & hac.v1.RunQueriesRequest.$Shape;
             *   (properties?: hac.v1.RunQueriesRequest.$Properties): hac.v1.RunQueriesRequest;
             * }}
             */
            RunQueriesRequest.create = function(properties) {
                return new RunQueriesRequest(properties);
            };

            /**
             * Encodes the specified RunQueriesRequest message. Does not implicitly {@link hac.v1.RunQueriesRequest.verify|verify} messages.
             * @function encode
             * @memberof hac.v1.RunQueriesRequest
             * @static
             * @param {hac.v1.RunQueriesRequest.$Properties} message RunQueriesRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RunQueriesRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.queries != null && $Object.hasOwnProperty.call(message, "queries") && message.queries.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.queries);
                if (message.settings != null && message.settings.length)
                    for (let i = 0; i < message.settings.length; ++i)
                        $root.hac.v1.QuerySettings.encode(message.settings[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.wantCodes != null && $Object.hasOwnProperty.call(message, "wantCodes") && message.wantCodes !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.wantCodes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RunQueriesRequest message from the specified reader or buffer.
             * @function decode
             * @memberof hac.v1.RunQueriesRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hac.v1.RunQueriesRequest & hac.v1.RunQueriesRequest.$Shape} RunQueriesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RunQueriesRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hac.v1.RunQueriesRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.queries = value;
                            else
                                delete message.queries;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.settings && message.settings.length))
                                message.settings = [];
                            message.settings.push($root.hac.v1.QuerySettings.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.wantCodes = value;
                            else
                                delete message.wantCodes;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a RunQueriesRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hac.v1.RunQueriesRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hac.v1.RunQueriesRequest} RunQueriesRequest
             */
            RunQueriesRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.hac.v1.RunQueriesRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hac.v1.RunQueriesRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hac.v1.RunQueriesRequest();
                if (object.queries != null)
                    if (object.queries.length)
                        if (typeof object.queries === "string")
                            $util.base64.decode(object.queries, message.queries = $util.newBuffer($util.base64.length(object.queries)), 0);
                        else if (object.queries.length >= 0)
                            message.queries = object.queries;
                if (object.settings) {
                    if (!$Array.isArray(object.settings))
                        throw $TypeError(".hac.v1.RunQueriesRequest.settings: array expected");
                    message.settings = $Array(object.settings.length);
                    for (let i = 0; i < object.settings.length; ++i) {
                        if (!$util.isObject(object.settings[i]))
                            throw $TypeError(".hac.v1.RunQueriesRequest.settings: object expected");
                        message.settings[i] = $root.hac.v1.QuerySettings.fromObject(object.settings[i], _depth + 1);
                    }
                }
                if (object.wantCodes != null)
                    if (object.wantCodes)
                        message.wantCodes = $Boolean(object.wantCodes);
                return message;
            };

            /**
             * Creates a plain object from a RunQueriesRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hac.v1.RunQueriesRequest
             * @static
             * @param {hac.v1.RunQueriesRequest} message RunQueriesRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RunQueriesRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.settings = [];
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.queries = "";
                    else {
                        object.queries = [];
                        if (options.bytes !== $Array)
                            object.queries = $util.newBuffer(object.queries);
                    }
                    object.wantCodes = false;
                }
                if (message.queries != null && $Object.hasOwnProperty.call(message, "queries"))
                    object.queries = options.bytes === $String ? $util.base64.encode(message.queries, 0, message.queries.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.queries) : message.queries;
                if (message.settings && message.settings.length) {
                    object.settings = $Array(message.settings.length);
                    for (let j = 0; j < message.settings.length; ++j)
                        object.settings[j] = $root.hac.v1.QuerySettings.toObject(message.settings[j], options, _depth + 1);
                }
                if (message.wantCodes != null && $Object.hasOwnProperty.call(message, "wantCodes"))
                    object.wantCodes = message.wantCodes;
                return object;
            };

            /**
             * Converts this RunQueriesRequest to JSON.
             * @function toJSON
             * @memberof hac.v1.RunQueriesRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RunQueriesRequest.prototype.toJSON = function() {
                return RunQueriesRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RunQueriesRequest
             * @function getTypeUrl
             * @memberof hac.v1.RunQueriesRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RunQueriesRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hac.v1.RunQueriesRequest";
            };

            return RunQueriesRequest;
        })();

        v1.RunQueriesResponse = (function() {

            /**
             * Properties of a RunQueriesResponse.
             * @typedef {Object} hac.v1.RunQueriesResponse.$Properties
             * @property {Array.<hac.v1.QueryResult.$Properties>|null} [results] RunQueriesResponse results
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RunQueriesResponse.
             * @memberof hac.v1
             * @interface IRunQueriesResponse
             * @augments hac.v1.RunQueriesResponse.$Properties
             * @deprecated Use hac.v1.RunQueriesResponse.$Properties instead.
             */

            /**
             * Shape of a RunQueriesResponse.
             * @typedef {hac.v1.RunQueriesResponse.$Properties} hac.v1.RunQueriesResponse.$Shape
             */

            /**
             * Constructs a new RunQueriesResponse.
             * @memberof hac.v1
             * @classdesc Represents a RunQueriesResponse.
             * @constructor
             * @param {hac.v1.RunQueriesResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RunQueriesResponse = function (properties) {
                this.results = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RunQueriesResponse results.
             * @member {Array.<hac.v1.QueryResult.$Properties>} results
             * @memberof hac.v1.RunQueriesResponse
             * @instance
             */
            RunQueriesResponse.prototype.results = $util.emptyArray;

            /**
             * Creates a new RunQueriesResponse instance using the specified properties.
             * @function create
             * @memberof hac.v1.RunQueriesResponse
             * @static
             * @param {hac.v1.RunQueriesResponse.$Properties=} [properties] Properties to set
             * @returns {hac.v1.RunQueriesResponse} RunQueriesResponse instance
             * @type {{
             *   (properties: hac.v1.RunQueriesResponse.$Shape): hac.v1.RunQueriesResponse & hac.v1.RunQueriesResponse.$Shape;
             *   (properties?: hac.v1.RunQueriesResponse.$Properties): hac.v1.RunQueriesResponse;
             * }}
             */
            RunQueriesResponse.create = function(properties) {
                return new RunQueriesResponse(properties);
            };

            /**
             * Encodes the specified RunQueriesResponse message. Does not implicitly {@link hac.v1.RunQueriesResponse.verify|verify} messages.
             * @function encode
             * @memberof hac.v1.RunQueriesResponse
             * @static
             * @param {hac.v1.RunQueriesResponse.$Properties} message RunQueriesResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RunQueriesResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.results != null && message.results.length)
                    for (let i = 0; i < message.results.length; ++i)
                        $root.hac.v1.QueryResult.encode(message.results[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RunQueriesResponse message from the specified reader or buffer.
             * @function decode
             * @memberof hac.v1.RunQueriesResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hac.v1.RunQueriesResponse & hac.v1.RunQueriesResponse.$Shape} RunQueriesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RunQueriesResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hac.v1.RunQueriesResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.results && message.results.length))
                                message.results = [];
                            message.results.push($root.hac.v1.QueryResult.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a RunQueriesResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hac.v1.RunQueriesResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hac.v1.RunQueriesResponse} RunQueriesResponse
             */
            RunQueriesResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.hac.v1.RunQueriesResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hac.v1.RunQueriesResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hac.v1.RunQueriesResponse();
                if (object.results) {
                    if (!$Array.isArray(object.results))
                        throw $TypeError(".hac.v1.RunQueriesResponse.results: array expected");
                    message.results = $Array(object.results.length);
                    for (let i = 0; i < object.results.length; ++i) {
                        if (!$util.isObject(object.results[i]))
                            throw $TypeError(".hac.v1.RunQueriesResponse.results: object expected");
                        message.results[i] = $root.hac.v1.QueryResult.fromObject(object.results[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a RunQueriesResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hac.v1.RunQueriesResponse
             * @static
             * @param {hac.v1.RunQueriesResponse} message RunQueriesResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RunQueriesResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.results = [];
                if (message.results && message.results.length) {
                    object.results = $Array(message.results.length);
                    for (let j = 0; j < message.results.length; ++j)
                        object.results[j] = $root.hac.v1.QueryResult.toObject(message.results[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this RunQueriesResponse to JSON.
             * @function toJSON
             * @memberof hac.v1.RunQueriesResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RunQueriesResponse.prototype.toJSON = function() {
                return RunQueriesResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RunQueriesResponse
             * @function getTypeUrl
             * @memberof hac.v1.RunQueriesResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RunQueriesResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hac.v1.RunQueriesResponse";
            };

            return RunQueriesResponse;
        })();

        v1.QueryCounters = (function() {

            /**
             * Properties of a QueryCounters.
             * @typedef {Object} hac.v1.QueryCounters.$Properties
             * @property {number|null} [cycles] QueryCounters cycles
             * @property {number|null} [kept] QueryCounters kept
             * @property {number|null} [pruned] QueryCounters pruned
             * @property {number|null} [tileRefills] QueryCounters tileRefills
             * @property {number|null} [conversions] QueryCounters conversions
             * @property {number|null} [energyPj] QueryCounters energyPj
             * @property {boolean|null} [timingViolation] QueryCounters timingViolation
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a QueryCounters.
             * @memberof hac.v1
             * @interface IQueryCounters
             * @augments hac.v1.QueryCounters.$Properties
             * @deprecated Use hac.v1.QueryCounters.$Properties instead.
             */

            /**
             * Shape of a QueryCounters.
             * @typedef {hac.v1.QueryCounters.$Properties} hac.v1.QueryCounters.$Shape
             */

            /**
             * Constructs a new QueryCounters.
             * @memberof hac.v1
             * @classdesc Represents a QueryCounters.
             * @constructor
             * @param {hac.v1.QueryCounters.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const QueryCounters = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * QueryCounters cycles.
             * @member {number} cycles
             * @memberof hac.v1.QueryCounters
             * @instance
             */
            QueryCounters.prototype.cycles = 0;

            /**
             * QueryCounters kept.
             * @member {number} kept
             * @memberof hac.v1.QueryCounters
             * @instance
             */
            QueryCounters.prototype.kept = 0;

            /**
             * QueryCounters pruned.
             * @member {number} pruned
             * @memberof hac.v1.QueryCounters
             * @instance
             */
            QueryCounters.prototype.pruned = 0;

            /**
             * QueryCounters tileRefills.
             * @member {number} tileRefills
             * @memberof hac.v1.QueryCounters
             * @instance
             */
            QueryCounters.prototype.tileRefills = 0;

            /**
             * QueryCounters conversions.
             * @member {number} conversions
             * @memberof hac.v1.QueryCounters
             * @instance
             */
            QueryCounters.prototype.conversions = 0;

            /**
             * QueryCounters energyPj.
             * @member {number} energyPj
             * @memberof hac.v1.QueryCounters
             * @instance
             */
            QueryCounters.prototype.energyPj = 0;

            /**
             * QueryCounters timingViolation.
             * @member {boolean} timingViolation
             * @memberof hac.v1.QueryCounters
             * @instance
             */
            QueryCounters.prototype.timingViolation = false;

            /**
             * Creates a new QueryCounters instance using the specified properties.
             * @function create
             * @memberof hac.v1.QueryCounters
             * @static
             * @param {hac.v1.QueryCounters.$Properties=} [properties] Properties to set
             * @returns {hac.v1.QueryCounters} QueryCounters instance
             * @type {{
             *   (properties: hac.v1.QueryCounters.$Shape): hac.v1.QueryCounters & hac.v1.QueryCounters.$Shape;
             *   (properties?: hac.v1.QueryCounters.$Properties): hac.v1.QueryCounters;
             * }}
             */
            QueryCounters.create = function(properties) {
                return new QueryCounters(properties);
            };

            /**
             * Encodes the specified QueryCounters message. Does not implicitly {@link hac.v1.QueryCounters.verify|verify} messages.
             * @function encode
             * @memberof hac.v1.QueryCounters
             * @static
             * @param {hac.v1.QueryCounters.$Properties} message QueryCounters message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            QueryCounters.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.cycles != null && $Object.hasOwnProperty.call(message, "cycles") && !$Object.is(message.cycles, 0))
                    writer.uint32(/* id 1, wireType 1 =*/9).double(message.cycles);
                if (message.kept != null && $Object.hasOwnProperty.call(message, "kept") && message.kept !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.kept);
                if (message.pruned != null && $Object.hasOwnProperty.call(message, "pruned") && message.pruned !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.pruned);
                if (message.tileRefills != null && $Object.hasOwnProperty.call(message, "tileRefills") && message.tileRefills !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.tileRefills);
                if (message.conversions != null && $Object.hasOwnProperty.call(message, "conversions") && message.conversions !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.conversions);
                if (message.energyPj != null && $Object.hasOwnProperty.call(message, "energyPj") && !$Object.is(message.energyPj, 0))
                    writer.uint32(/* id 6, wireType 1 =*/49).double(message.energyPj);
                if (message.timingViolation != null && $Object.hasOwnProperty.call(message, "timingViolation") && message.timingViolation !== false)
                    writer.uint32(/* id 7, wireType 0 =*/56).bool(message.timingViolation);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a QueryCounters message from the specified reader or buffer.
             * @function decode
             * @memberof hac.v1.QueryCounters
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hac.v1.QueryCounters & hac.v1.QueryCounters.$Shape} QueryCounters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            QueryCounters.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hac.v1.QueryCounters();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.cycles = value;
                            else
                                delete message.cycles;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.kept = value;
                            else
                                delete message.kept;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.pruned = value;
                            else
                                delete message.pruned;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.tileRefills = value;
                            else
                                delete message.tileRefills;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.conversions = value;
                            else
                                delete message.conversions;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.energyPj = value;
                            else
                                delete message.energyPj;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.timingViolation = value;
                            else
                                delete message.timingViolation;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a QueryCounters message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hac.v1.QueryCounters
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hac.v1.QueryCounters} QueryCounters
             */
            QueryCounters.fromObject = function (object, _depth) {
                if (object instanceof $root.hac.v1.QueryCounters)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hac.v1.QueryCounters: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hac.v1.QueryCounters();
                if (object.cycles != null)
                    if (!$Object.is($Number(object.cycles), 0))
                        message.cycles = $Number(object.cycles);
                if (object.kept != null)
                    if ($Number(object.kept) !== 0)
                        message.kept = object.kept >>> 0;
                if (object.pruned != null)
                    if ($Number(object.pruned) !== 0)
                        message.pruned = object.pruned >>> 0;
                if (object.tileRefills != null)
                    if ($Number(object.tileRefills) !== 0)
                        message.tileRefills = object.tileRefills >>> 0;
                if (object.conversions != null)
                    if ($Number(object.conversions) !== 0)
                        message.conversions = object.conversions >>> 0;
                if (object.energyPj != null)
                    if (!$Object.is($Number(object.energyPj), 0))
                        message.energyPj = $Number(object.energyPj);
                if (object.timingViolation != null)
                    if (object.timingViolation)
                        message.timingViolation = $Boolean(object.timingViolation);
                return message;
            };

            /**
             * Creates a plain object from a QueryCounters message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hac.v1.QueryCounters
             * @static
             * @param {hac.v1.QueryCounters} message QueryCounters
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            QueryCounters.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.cycles = 0;
                    object.kept = 0;
                    object.pruned = 0;
                    object.tileRefills = 0;
                    object.conversions = 0;
                    object.energyPj = 0;
                    object.timingViolation = false;
                }
                if (message.cycles != null && $Object.hasOwnProperty.call(message, "cycles"))
                    object.cycles = options.json && !$isFinite(message.cycles) ? $String(message.cycles) : message.cycles;
                if (message.kept != null && $Object.hasOwnProperty.call(message, "kept"))
                    object.kept = message.kept;
                if (message.pruned != null && $Object.hasOwnProperty.call(message, "pruned"))
                    object.pruned = message.pruned;
                if (message.tileRefills != null && $Object.hasOwnProperty.call(message, "tileRefills"))
                    object.tileRefills = message.tileRefills;
                if (message.conversions != null && $Object.hasOwnProperty.call(message, "conversions"))
                    object.conversions = message.conversions;
                if (message.energyPj != null && $Object.hasOwnProperty.call(message, "energyPj"))
                    object.energyPj = options.json && !$isFinite(message.energyPj) ? $String(message.energyPj) : message.energyPj;
                if (message.timingViolation != null && $Object.hasOwnProperty.call(message, "timingViolation"))
                    object.timingViolation = message.timingViolation;
                return object;
            };

            /**
             * Converts this QueryCounters to JSON.
             * @function toJSON
             * @memberof hac.v1.QueryCounters
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            QueryCounters.prototype.toJSON = function() {
                return QueryCounters.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for QueryCounters
             * @function getTypeUrl
             * @memberof hac.v1.QueryCounters
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            QueryCounters.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hac.v1.QueryCounters";
            };

            return QueryCounters;
        })();

        v1.QueryResult = (function() {

            /**
             * Properties of a QueryResult.
             * @typedef {Object} hac.v1.QueryResult.$Properties
             * @property {number|null} [queryId] QueryResult queryId
             * @property {Uint8Array|null} [output] QueryResult output
             * @property {boolean|null} [outputInt16] QueryResult outputInt16
             * @property {number|null} [outputShift] QueryResult outputShift
             * @property {Uint8Array|null} [keepMask] QueryResult keepMask
             * @property {Uint8Array|null} [codes] QueryResult codes
             * @property {number|null} [contextLength] QueryResult contextLength
             * @property {hac.v1.QueryCounters.$Properties|null} [counters] QueryResult counters
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a QueryResult.
             * @memberof hac.v1
             * @interface IQueryResult
             * @augments hac.v1.QueryResult.$Properties
             * @deprecated Use hac.v1.QueryResult.$Properties instead.
             */

            /**
             * Shape of a QueryResult.
             * @typedef {hac.v1.QueryResult.$Properties} hac.v1.QueryResult.$Shape
             */

            /**
             * Constructs a new QueryResult.
             * @memberof hac.v1
             * @classdesc Represents a QueryResult.
             * @constructor
             * @param {hac.v1.QueryResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const QueryResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * QueryResult queryId.
             * @member {number} queryId
             * @memberof hac.v1.QueryResult
             * @instance
             */
            QueryResult.prototype.queryId = 0;

            /**
             * QueryResult output.
             * @member {Uint8Array} output
             * @memberof hac.v1.QueryResult
             * @instance
             */
            QueryResult.prototype.output = $util.newBuffer([]);

            /**
             * QueryResult outputInt16.
             * @member {boolean} outputInt16
             * @memberof hac.v1.QueryResult
             * @instance
             */
            QueryResult.prototype.outputInt16 = false;

            /**
             * QueryResult outputShift.
             * @member {number} outputShift
             * @memberof hac.v1.QueryResult
             * @instance
             */
            QueryResult.prototype.outputShift = 0;

            /**
             * QueryResult keepMask.
             * @member {Uint8Array} keepMask
             * @memberof hac.v1.QueryResult
             * @instance
             */
            QueryResult.prototype.keepMask = $util.newBuffer([]);

            /**
             * QueryResult codes.
             * @member {Uint8Array} codes
             * @memberof hac.v1.QueryResult
             * @instance
             */
            QueryResult.prototype.codes = $util.newBuffer([]);

            /**
             * QueryResult contextLength.
             * @member {number} contextLength
             * @memberof hac.v1.QueryResult
             * @instance
             */
            QueryResult.prototype.contextLength = 0;

            /**
             * QueryResult counters.
             * @member {hac.v1.QueryCounters.$Properties|null|undefined} counters
             * @memberof hac.v1.QueryResult
             * @instance
             */
            QueryResult.prototype.counters = null;

            /**
             * Creates a new QueryResult instance using the specified properties.
             * @function create
             * @memberof hac.v1.QueryResult
             * @static
             * @param {hac.v1.QueryResult.$Properties=} [properties] Properties to set
             * @returns {hac.v1.QueryResult} QueryResult instance
             * @type {{
             *   (properties: hac.v1.QueryResult.$Shape): hac.v1.QueryResult & hac.v1.QueryResult.$Shape;
             *   (properties?: hac.v1.QueryResult.$Properties): hac.v1.QueryResult;
             * }}
             */
            QueryResult.create = function(properties) {
                return new QueryResult(properties);
            };

            /**
             * Encodes the specified QueryResult message. Does not implicitly {@link hac.v1.QueryResult.verify|verify} messages.
             * @function encode
             * @memberof hac.v1.QueryResult
             * @static
             * @param {hac.v1.QueryResult.$Properties} message QueryResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            QueryResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.queryId != null && $Object.hasOwnProperty.call(message, "queryId") && message.queryId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.queryId);
                if (message.output != null && $Object.hasOwnProperty.call(message, "output") && message.output.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.output);
                if (message.outputInt16 != null && $Object.hasOwnProperty.call(message, "outputInt16") && message.outputInt16 !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.outputInt16);
                if (message.outputShift != null && $Object.hasOwnProperty.call(message, "outputShift") && message.outputShift !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.outputShift);
                if (message.keepMask != null && $Object.hasOwnProperty.call(message, "keepMask") && message.keepMask.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.keepMask);
                if (message.codes != null && $Object.hasOwnProperty.call(message, "codes") && message.codes.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.codes);
                if (message.contextLength != null && $Object.hasOwnProperty.call(message, "contextLength") && message.contextLength !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.contextLength);
                if (message.counters != null && $Object.hasOwnProperty.call(message, "counters"))
                    $root.hac.v1.QueryCounters.encode(message.counters, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a QueryResult message from the specified reader or buffer.
             * @function decode
             * @memberof hac.v1.QueryResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hac.v1.QueryResult & hac.v1.QueryResult.$Shape} QueryResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            QueryResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hac.v1.QueryResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.queryId = value;
                            else
                                delete message.queryId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.output = value;
                            else
                                delete message.output;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.outputInt16 = value;
                            else
                                delete message.outputInt16;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.outputShift = value;
                            else
                                delete message.outputShift;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.keepMask = value;
                            else
                                delete message.keepMask;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.codes = value;
                            else
                                delete message.codes;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.contextLength = value;
                            else
                                delete message.contextLength;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.counters = $root.hac.v1.QueryCounters.decode(reader, reader.size(), $undefined, _depth + 1, message.counters);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a QueryResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hac.v1.QueryResult
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hac.v1.QueryResult} QueryResult
             */
            QueryResult.fromObject = function (object, _depth) {
                if (object instanceof $root.hac.v1.QueryResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hac.v1.QueryResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hac.v1.QueryResult();
                if (object.queryId != null)
                    if ($Number(object.queryId) !== 0)
                        message.queryId = object.queryId >>> 0;
                if (object.output != null)
                    if (object.output.length)
                        if (typeof object.output === "string")
                            $util.base64.decode(object.output, message.output = $util.newBuffer($util.base64.length(object.output)), 0);
                        else if (object.output.length >= 0)
                            message.output = object.output;
                if (object.outputInt16 != null)
                    if (object.outputInt16)
                        message.outputInt16 = $Boolean(object.outputInt16);
                if (object.outputShift != null)
                    if ($Number(object.outputShift) !== 0)
                        message.outputShift = object.outputShift >>> 0;
                if (object.keepMask != null)
                    if (object.keepMask.length)
                        if (typeof object.keepMask === "string")
                            $util.base64.decode(object.keepMask, message.keepMask = $util.newBuffer($util.base64.length(object.keepMask)), 0);
                        else if (object.keepMask.length >= 0)
                            message.keepMask = object.keepMask;
                if (object.codes != null)
                    if (object.codes.length)
                        if (typeof object.codes === "string")
                            $util.base64.decode(object.codes, message.codes = $util.newBuffer($util.base64.length(object.codes)), 0);
                        else if (object.codes.length >= 0)
                            message.codes = object.codes;
                if (object.contextLength != null)
                    if ($Number(object.contextLength) !== 0)
                        message.contextLength = object.contextLength >>> 0;
                if (object.counters != null) {
                    if (!$util.isObject(object.counters))
                        throw $TypeError(".hac.v1.QueryResult.counters: object expected");
                    message.counters = $root.hac.v1.QueryCounters.fromObject(object.counters, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a QueryResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hac.v1.QueryResult
             * @static
             * @param {hac.v1.QueryResult} message QueryResult
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            QueryResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.queryId = 0;
                    if (options.bytes === $String)
                        object.output = "";
                    else {
                        object.output = [];
                        if (options.bytes !== $Array)
                            object.output = $util.newBuffer(object.output);
                    }
                    object.outputInt16 = false;
                    object.outputShift = 0;
                    if (options.bytes === $String)
                        object.keepMask = "";
                    else {
                        object.keepMask = [];
                        if (options.bytes !== $Array)
                            object.keepMask = $util.newBuffer(object.keepMask);
                    }
                    if (options.bytes === $String)
                        object.codes = "";
                    else {
                        object.codes = [];
                        if (options.bytes !== $Array)
                            object.codes = $util.newBuffer(object.codes);
                    }
                    object.contextLength = 0;
                    object.counters = null;
                }
                if (message.queryId != null && $Object.hasOwnProperty.call(message, "queryId"))
                    object.queryId = message.queryId;
                if (message.output != null && $Object.hasOwnProperty.call(message, "output"))
                    object.output = options.bytes === $String ? $util.base64.encode(message.output, 0, message.output.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.output) : message.output;
                if (message.outputInt16 != null && $Object.hasOwnProperty.call(message, "outputInt16"))
                    object.outputInt16 = message.outputInt16;
                if (message.outputShift != null && $Object.hasOwnProperty.call(message, "outputShift"))
                    object.outputShift = message.outputShift;
                if (message.keepMask != null && $Object.hasOwnProperty.call(message, "keepMask"))
                    object.keepMask = options.bytes === $String ? $util.base64.encode(message.keepMask, 0, message.keepMask.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.keepMask) : message.keepMask;
                if (message.codes != null && $Object.hasOwnProperty.call(message, "codes"))
                    object.codes = options.bytes === $String ? $util.base64.encode(message.codes, 0, message.codes.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.codes) : message.codes;
                if (message.contextLength != null && $Object.hasOwnProperty.call(message, "contextLength"))
                    object.contextLength = message.contextLength;
                if (message.counters != null && $Object.hasOwnProperty.call(message, "counters"))
                    object.counters = $root.hac.v1.QueryCounters.toObject(message.counters, options, _depth + 1);
                return object;
            };

            /**
             * Converts this QueryResult to JSON.
             * @function toJSON
             * @memberof hac.v1.QueryResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            QueryResult.prototype.toJSON = function() {
                return QueryResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for QueryResult
             * @function getTypeUrl
             * @memberof hac.v1.QueryResult
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            QueryResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hac.v1.QueryResult";
            };

            return QueryResult;
        })();

        v1.AppendTokenRequest = (function() {

            /**
             * Properties of an AppendTokenRequest.
             * @typedef {Object} hac.v1.AppendTokenRequest.$Properties
             * @property {Uint8Array|null} [key] AppendTokenRequest key
             * @property {Uint8Array|null} [value] AppendTokenRequest value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AppendTokenRequest.
             * @memberof hac.v1
             * @interface IAppendTokenRequest
             * @augments hac.v1.AppendTokenRequest.$Properties
             * @deprecated Use hac.v1.AppendTokenRequest.$Properties instead.
             */

            /**
             * Shape of an AppendTokenRequest.
             * @typedef {hac.v1.AppendTokenRequest.$Properties} hac.v1.AppendTokenRequest.$Shape
             */

            /**
             * Constructs a new AppendTokenRequest.
             * @memberof hac.v1
             * @classdesc Represents an AppendTokenRequest.
             * @constructor
             * @param {hac.v1.AppendTokenRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AppendTokenRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AppendTokenRequest key.
             * @member {Uint8Array} key
             * @memberof hac.v1.AppendTokenRequest
             * @instance
             */
            AppendTokenRequest.prototype.key = $util.newBuffer([]);

            /**
             * AppendTokenRequest value.
             * @member {Uint8Array} value
             * @memberof hac.v1.AppendTokenRequest
             * @instance
             */
            AppendTokenRequest.prototype.value = $util.newBuffer([]);

            /**
             * Creates a new AppendTokenRequest instance using the specified properties.
             * @function create
             * @memberof hac.v1.AppendTokenRequest
             * @static
             * @param {hac.v1.AppendTokenRequest.$Properties=} [properties] Properties to set
             * @returns {hac.v1.AppendTokenRequest} AppendTokenRequest instance
             * @type {{
             *   (properties: hac.v1.AppendTokenRequest.$Shape): hac.v1.AppendTokenRequest & hac.v1.AppendTokenRequest.$Shape;
             *   (properties?: hac.v1.AppendTokenRequest.$Properties): hac.v1.AppendTokenRequest;
             * }}
             */
            AppendTokenRequest.create = function(properties) {
                return new AppendTokenRequest(properties);
            };

            /**
             * Encodes the specified AppendTokenRequest message. Does not implicitly {@link hac.v1.AppendTokenRequest.verify|verify} messages.
             * @function encode
             * @memberof hac.v1.AppendTokenRequest
             * @static
             * @param {hac.v1.AppendTokenRequest.$Properties} message AppendTokenRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AppendTokenRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.key);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AppendTokenRequest message from the specified reader or buffer.
             * @function decode
             * @memberof hac.v1.AppendTokenRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hac.v1.AppendTokenRequest & hac.v1.AppendTokenRequest.$Shape} AppendTokenRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AppendTokenRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hac.v1.AppendTokenRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.key = value;
                            else
                                delete message.key;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an AppendTokenRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hac.v1.AppendTokenRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hac.v1.AppendTokenRequest} AppendTokenRequest
             */
            AppendTokenRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.hac.v1.AppendTokenRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hac.v1.AppendTokenRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hac.v1.AppendTokenRequest();
                if (object.key != null)
                    if (object.key.length)
                        if (typeof object.key === "string")
                            $util.base64.decode(object.key, message.key = $util.newBuffer($util.base64.length(object.key)), 0);
                        else if (object.key.length >= 0)
                            message.key = object.key;
                if (object.value != null)
                    if (object.value.length)
                        if (typeof object.value === "string")
                            $util.base64.decode(object.value, message.value = $util.newBuffer($util.base64.length(object.value)), 0);
                        else if (object.value.length >= 0)
                            message.value = object.value;
                return message;
            };

            /**
             * Creates a plain object from an AppendTokenRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hac.v1.AppendTokenRequest
             * @static
             * @param {hac.v1.AppendTokenRequest} message AppendTokenRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AppendTokenRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.key = "";
                    else {
                        object.key = [];
                        if (options.bytes !== $Array)
                            object.key = $util.newBuffer(object.key);
                    }
                    if (options.bytes === $String)
                        object.value = "";
                    else {
                        object.value = [];
                        if (options.bytes !== $Array)
                            object.value = $util.newBuffer(object.value);
                    }
                }
                if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                    object.key = options.bytes === $String ? $util.base64.encode(message.key, 0, message.key.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.key) : message.key;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = options.bytes === $String ? $util.base64.encode(message.value, 0, message.value.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.value) : message.value;
                return object;
            };

            /**
             * Converts this AppendTokenRequest to JSON.
             * @function toJSON
             * @memberof hac.v1.AppendTokenRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AppendTokenRequest.prototype.toJSON = function() {
                return AppendTokenRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AppendTokenRequest
             * @function getTypeUrl
             * @memberof hac.v1.AppendTokenRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AppendTokenRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hac.v1.AppendTokenRequest";
            };

            return AppendTokenRequest;
        })();

        v1.AppendTokenResponse = (function() {

            /**
             * Properties of an AppendTokenResponse.
             * @typedef {Object} hac.v1.AppendTokenResponse.$Properties
             * @property {number|null} [contextLength] AppendTokenResponse contextLength
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AppendTokenResponse.
             * @memberof hac.v1
             * @interface IAppendTokenResponse
             * @augments hac.v1.AppendTokenResponse.$Properties
             * @deprecated Use hac.v1.AppendTokenResponse.$Properties instead.
             */

            /**
             * Shape of an AppendTokenResponse.
             * @typedef {hac.v1.AppendTokenResponse.$Properties} hac.v1.AppendTokenResponse.$Shape
             */

            /**
             * Constructs a new AppendTokenResponse.
             * @memberof hac.v1
             * @classdesc Represents an AppendTokenResponse.
             * @constructor
             * @param {hac.v1.AppendTokenResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AppendTokenResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AppendTokenResponse contextLength.
             * @member {number} contextLength
             * @memberof hac.v1.AppendTokenResponse
             * @instance
             */
            AppendTokenResponse.prototype.contextLength = 0;

            /**
             * Creates a new AppendTokenResponse instance using the specified properties.
             * @function create
             * @memberof hac.v1.AppendTokenResponse
             * @static
             * @param {hac.v1.AppendTokenResponse.$Properties=} [properties] Properties to set
             * @returns {hac.v1.AppendTokenResponse} AppendTokenResponse instance
             * @type {{
             *   (properties: hac.v1.AppendTokenResponse.$Shape): hac.v1.AppendTokenResponse & hac.v1.AppendTokenResponse.$Shape;
             *   (properties?: hac.v1.AppendTokenResponse.$Properties): hac.v1.AppendTokenResponse;
             * }}
             */
            AppendTokenResponse.create = function(properties) {
                return new AppendTokenResponse(properties);
            };

            /**
             * Encodes the specified AppendTokenResponse message. Does not implicitly {@link hac.v1.AppendTokenResponse.verify|verify} messages.
             * @function encode
             * @memberof hac.v1.AppendTokenResponse
             * @static
             * @param {hac.v1.AppendTokenResponse.$Properties} message AppendTokenResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AppendTokenResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.contextLength != null && $Object.hasOwnProperty.call(message, "contextLength") && message.contextLength !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.contextLength);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AppendTokenResponse message from the specified reader or buffer.
             * @function decode
             * @memberof hac.v1.AppendTokenResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hac.v1.AppendTokenResponse & hac.v1.AppendTokenResponse.$Shape} AppendTokenResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AppendTokenResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hac.v1.AppendTokenResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.contextLength = value;
                            else
                                delete message.contextLength;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an AppendTokenResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hac.v1.AppendTokenResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hac.v1.AppendTokenResponse} AppendTokenResponse
             */
            AppendTokenResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.hac.v1.AppendTokenResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hac.v1.AppendTokenResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hac.v1.AppendTokenResponse();
                if (object.contextLength != null)
                    if ($Number(object.contextLength) !== 0)
                        message.contextLength = object.contextLength >>> 0;
                return message;
            };

            /**
             * Creates a plain object from an AppendTokenResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hac.v1.AppendTokenResponse
             * @static
             * @param {hac.v1.AppendTokenResponse} message AppendTokenResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AppendTokenResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.contextLength = 0;
                if (message.contextLength != null && $Object.hasOwnProperty.call(message, "contextLength"))
                    object.contextLength = message.contextLength;
                return object;
            };

            /**
             * Converts this AppendTokenResponse to JSON.
             * @function toJSON
             * @memberof hac.v1.AppendTokenResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AppendTokenResponse.prototype.toJSON = function() {
                return AppendTokenResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AppendTokenResponse
             * @function getTypeUrl
             * @memberof hac.v1.AppendTokenResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AppendTokenResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hac.v1.AppendTokenResponse";
            };

            return AppendTokenResponse;
        })();

        v1.ResetContextRequest = (function() {

            /**
             * Properties of a ResetContextRequest.
             * @typedef {Object} hac.v1.ResetContextRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ResetContextRequest.
             * @memberof hac.v1
             * @interface IResetContextRequest
             * @augments hac.v1.ResetContextRequest.$Properties
             * @deprecated Use hac.v1.ResetContextRequest.$Properties instead.
             */

            /**
             * Shape of a ResetContextRequest.
             * @typedef {hac.v1.ResetContextRequest.$Properties} hac.v1.ResetContextRequest.$Shape
             */

            /**
             * Constructs a new ResetContextRequest.
             * @memberof hac.v1
             * @classdesc Represents a ResetContextRequest.
             * @constructor
             * @param {hac.v1.ResetContextRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ResetContextRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new ResetContextRequest instance using the specified properties.
             * @function create
             * @memberof hac.v1.ResetContextRequest
             * @static
             * @param {hac.v1.ResetContextRequest.$Properties=} [properties] Properties to set
             * @returns {hac.v1.ResetContextRequest} ResetContextRequest instance
             * @type {{
             *   (properties: hac.v1.ResetContextRequest.$Shape): hac.v1.ResetContextRequest & hac.v1.ResetContextRequest.$Shape;
             *   (properties?: hac.v1.ResetContextRequest.$Properties): hac.v1.ResetContextRequest;
             * }}
             */
            ResetContextRequest.create = function(properties) {
                return new ResetContextRequest(properties);
            };

            /**
             * Encodes the specified ResetContextRequest message. Does not implicitly {@link hac.v1.ResetContextRequest.verify|verify} messages.
             * @function encode
             * @memberof hac.v1.ResetContextRequest
             * @static
             * @param {hac.v1.ResetContextRequest.$Properties} message ResetContextRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ResetContextRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ResetContextRequest message from the specified reader or buffer.
             * @function decode
             * @memberof hac.v1.ResetContextRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hac.v1.ResetContextRequest & hac.v1.ResetContextRequest.$Shape} ResetContextRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ResetContextRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hac.v1.ResetContextRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ResetContextRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hac.v1.ResetContextRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hac.v1.ResetContextRequest} ResetContextRequest
             */
            ResetContextRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.hac.v1.ResetContextRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hac.v1.ResetContextRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.hac.v1.ResetContextRequest();
            };

            /**
             * Creates a plain object from a ResetContextRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hac.v1.ResetContextRequest
             * @static
             * @param {hac.v1.ResetContextRequest} message ResetContextRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ResetContextRequest.toObject = function () {
                return {};
            };

            /**
             * Converts this ResetContextRequest to JSON.
             * @function toJSON
             * @memberof hac.v1.ResetContextRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ResetContextRequest.prototype.toJSON = function() {
                return ResetContextRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ResetContextRequest
             * @function getTypeUrl
             * @memberof hac.v1.ResetContextRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ResetContextRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hac.v1.ResetContextRequest";
            };

            return ResetContextRequest;
        })();

        v1.ResetContextResponse = (function() {

            /**
             * Properties of a ResetContextResponse.
             * @typedef {Object} hac.v1.ResetContextResponse.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ResetContextResponse.
             * @memberof hac.v1
             * @interface IResetContextResponse
             * @augments hac.v1.ResetContextResponse.$Properties
             * @deprecated Use hac.v1.ResetContextResponse.$Properties instead.
             */

            /**
             * Shape of a ResetContextResponse.
             * @typedef {hac.v1.ResetContextResponse.$Properties} hac.v1.ResetContextResponse.$Shape
             */

            /**
             * Constructs a new ResetContextResponse.
             * @memberof hac.v1
             * @classdesc Represents a ResetContextResponse.
             * @constructor
             * @param {hac.v1.ResetContextResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ResetContextResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new ResetContextResponse instance using the specified properties.
             * @function create
             * @memberof hac.v1.ResetContextResponse
             * @static
             * @param {hac.v1.ResetContextResponse.$Properties=} [properties] Properties to set
             * @returns {hac.v1.ResetContextResponse} ResetContextResponse instance
             * @type {{
             *   (properties: hac.v1.ResetContextResponse.$Shape): hac.v1.ResetContextResponse & hac.v1.ResetContextResponse.$Shape;
             *   (properties?: hac.v1.ResetContextResponse.$Properties): hac.v1.ResetContextResponse;
             * }}
             */
            ResetContextResponse.create = function(properties) {
                return new ResetContextResponse(properties);
            };

            /**
             * Encodes the specified ResetContextResponse message. Does not implicitly {@link hac.v1.ResetContextResponse.verify|verify} messages.
             * @function encode
             * @memberof hac.v1.ResetContextResponse
             * @static
             * @param {hac.v1.ResetContextResponse.$Properties} message ResetContextResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ResetContextResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ResetContextResponse message from the specified reader or buffer.
             * @function decode
             * @memberof hac.v1.ResetContextResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hac.v1.ResetContextResponse & hac.v1.ResetContextResponse.$Shape} ResetContextResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ResetContextResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hac.v1.ResetContextResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ResetContextResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hac.v1.ResetContextResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hac.v1.ResetContextResponse} ResetContextResponse
             */
            ResetContextResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.hac.v1.ResetContextResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hac.v1.ResetContextResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.hac.v1.ResetContextResponse();
            };

            /**
             * Creates a plain object from a ResetContextResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hac.v1.ResetContextResponse
             * @static
             * @param {hac.v1.ResetContextResponse} message ResetContextResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ResetContextResponse.toObject = function () {
                return {};
            };

            /**
             * Converts this ResetContextResponse to JSON.
             * @function toJSON
             * @memberof hac.v1.ResetContextResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ResetContextResponse.prototype.toJSON = function() {
                return ResetContextResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ResetContextResponse
             * @function getTypeUrl
             * @memberof hac.v1.ResetContextResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ResetContextResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hac.v1.ResetContextResponse";
            };

            return ResetContextResponse;
        })();

        v1.ReadResultRequest = (function() {

            /**
             * Properties of a ReadResultRequest.
             * @typedef {Object} hac.v1.ReadResultRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReadResultRequest.
             * @memberof hac.v1
             * @interface IReadResultRequest
             * @augments hac.v1.ReadResultRequest.$Properties
             * @deprecated Use hac.v1.ReadResultRequest.$Properties instead.
             */

            /**
             * Shape of a ReadResultRequest.
             * @typedef {hac.v1.ReadResultRequest.$Properties} hac.v1.ReadResultRequest.$Shape
             */

            /**
             * Constructs a new ReadResultRequest.
             * @memberof hac.v1
             * @classdesc Represents a ReadResultRequest.
             * @constructor
             * @param {hac.v1.ReadResultRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReadResultRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new ReadResultRequest instance using the specified properties.
             * @function create
             * @memberof hac.v1.ReadResultRequest
             * @static
             * @param {hac.v1.ReadResultRequest.$Properties=} [properties] Properties to set
             * @returns {hac.v1.ReadResultRequest} ReadResultRequest instance
             * @type {{
             *   (properties: hac.v1.ReadResultRequest.$Shape): hac.v1.ReadResultRequest & hac.v1.ReadResultRequest.$Shape;
             *   (properties?: hac.v1.ReadResultRequest.$Properties): hac.v1.ReadResultRequest;
             * }}
             */
            ReadResultRequest.create = function(properties) {
                return new ReadResultRequest(properties);
            };

            /**
             * Encodes the specified ReadResultRequest message. Does not implicitly {@link hac.v1.ReadResultRequest.verify|verify} messages.
             * @function encode
             * @memberof hac.v1.ReadResultRequest
             * @static
             * @param {hac.v1.ReadResultRequest.$Properties} message ReadResultRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReadResultRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ReadResultRequest message from the specified reader or buffer.
             * @function decode
             * @memberof hac.v1.ReadResultRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hac.v1.ReadResultRequest & hac.v1.ReadResultRequest.$Shape} ReadResultRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReadResultRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hac.v1.ReadResultRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ReadResultRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hac.v1.ReadResultRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hac.v1.ReadResultRequest} ReadResultRequest
             */
            ReadResultRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.hac.v1.ReadResultRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hac.v1.ReadResultRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.hac.v1.ReadResultRequest();
            };

            /**
             * Creates a plain object from a ReadResultRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hac.v1.ReadResultRequest
             * @static
             * @param {hac.v1.ReadResultRequest} message ReadResultRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ReadResultRequest.toObject = function () {
                return {};
            };

            /**
             * Converts this ReadResultRequest to JSON.
             * @function toJSON
             * @memberof hac.v1.ReadResultRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ReadResultRequest.prototype.toJSON = function() {
                return ReadResultRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ReadResultRequest
             * @function getTypeUrl
             * @memberof hac.v1.ReadResultRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ReadResultRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hac.v1.ReadResultRequest";
            };

            return ReadResultRequest;
        })();

        v1.ReadResultResponse = (function() {

            /**
             * Properties of a ReadResultResponse.
             * @typedef {Object} hac.v1.ReadResultResponse.$Properties
             * @property {hac.v1.QueryResult.$Properties|null} [result] ReadResultResponse result
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReadResultResponse.
             * @memberof hac.v1
             * @interface IReadResultResponse
             * @augments hac.v1.ReadResultResponse.$Properties
             * @deprecated Use hac.v1.ReadResultResponse.$Properties instead.
             */

            /**
             * Shape of a ReadResultResponse.
             * @typedef {hac.v1.ReadResultResponse.$Properties} hac.v1.ReadResultResponse.$Shape
             */

            /**
             * Constructs a new ReadResultResponse.
             * @memberof hac.v1
             * @classdesc Represents a ReadResultResponse.
             * @constructor
             * @param {hac.v1.ReadResultResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReadResultResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ReadResultResponse result.
             * @member {hac.v1.QueryResult.$Properties|null|undefined} result
             * @memberof hac.v1.ReadResultResponse
             * @instance
             */
            ReadResultResponse.prototype.result = null;

            /**
             * Creates a new ReadResultResponse instance using the specified properties.
             * @function create
             * @memberof hac.v1.ReadResultResponse
             * @static
             * @param {hac.v1.ReadResultResponse.$Properties=} [properties] Properties to set
             * @returns {hac.v1.ReadResultResponse} ReadResultResponse instance
             * @type {{
             *   (properties: hac.v1.ReadResultResponse.$Shape): hac.v1.ReadResultResponse & hac.v1.ReadResultResponse.$Shape;
             *   (properties?: hac.v1.ReadResultResponse.$Properties): hac.v1.ReadResultResponse;
             * }}
             */
            ReadResultResponse.create = function(properties) {
                return new ReadResultResponse(properties);
            };

            /**
             * Encodes the specified ReadResultResponse message. Does not implicitly {@link hac.v1.ReadResultResponse.verify|verify} messages.
             * @function encode
             * @memberof hac.v1.ReadResultResponse
             * @static
             * @param {hac.v1.ReadResultResponse.$Properties} message ReadResultResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReadResultResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.result != null && $Object.hasOwnProperty.call(message, "result"))
                    $root.hac.v1.QueryResult.encode(message.result, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ReadResultResponse message from the specified reader or buffer.
             * @function decode
             * @memberof hac.v1.ReadResultResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hac.v1.ReadResultResponse & hac.v1.ReadResultResponse.$Shape} ReadResultResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReadResultResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hac.v1.ReadResultResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.result = $root.hac.v1.QueryResult.decode(reader, reader.size(), $undefined, _depth + 1, message.result);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ReadResultResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hac.v1.ReadResultResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hac.v1.ReadResultResponse} ReadResultResponse
             */
            ReadResultResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.hac.v1.ReadResultResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hac.v1.ReadResultResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hac.v1.ReadResultResponse();
                if (object.result != null) {
                    if (!$util.isObject(object.result))
                        throw $TypeError(".hac.v1.ReadResultResponse.result: object expected");
                    message.result = $root.hac.v1.QueryResult.fromObject(object.result, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a ReadResultResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hac.v1.ReadResultResponse
             * @static
             * @param {hac.v1.ReadResultResponse} message ReadResultResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ReadResultResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.result = null;
                if (message.result != null && $Object.hasOwnProperty.call(message, "result"))
                    object.result = $root.hac.v1.QueryResult.toObject(message.result, options, _depth + 1);
                return object;
            };

            /**
             * Converts this ReadResultResponse to JSON.
             * @function toJSON
             * @memberof hac.v1.ReadResultResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ReadResultResponse.prototype.toJSON = function() {
                return ReadResultResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ReadResultResponse
             * @function getTypeUrl
             * @memberof hac.v1.ReadResultResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ReadResultResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hac.v1.ReadResultResponse";
            };

            return ReadResultResponse;
        })();

        v1.ReadCountersRequest = (function() {

            /**
             * Properties of a ReadCountersRequest.
             * @typedef {Object} hac.v1.ReadCountersRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReadCountersRequest.
             * @memberof hac.v1
             * @interface IReadCountersRequest
             * @augments hac.v1.ReadCountersRequest.$Properties
             * @deprecated Use hac.v1.ReadCountersRequest.$Properties instead.
             */

            /**
             * Shape of a ReadCountersRequest.
             * @typedef {hac.v1.ReadCountersRequest.$Properties} hac.v1.ReadCountersRequest.$Shape
             */

            /**
             * Constructs a new ReadCountersRequest.
             * @memberof hac.v1
             * @classdesc Represents a ReadCountersRequest.
             * @constructor
             * @param {hac.v1.ReadCountersRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReadCountersRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new ReadCountersRequest instance using the specified properties.
             * @function create
             * @memberof hac.v1.ReadCountersRequest
             * @static
             * @param {hac.v1.ReadCountersRequest.$Properties=} [properties] Properties to set
             * @returns {hac.v1.ReadCountersRequest} ReadCountersRequest instance
             * @type {{
             *   (properties: hac.v1.ReadCountersRequest.$Shape): hac.v1.ReadCountersRequest & hac.v1.ReadCountersRequest.$Shape;
             *   (properties?: hac.v1.ReadCountersRequest.$Properties): hac.v1.ReadCountersRequest;
             * }}
             */
            ReadCountersRequest.create = function(properties) {
                return new ReadCountersRequest(properties);
            };

            /**
             * Encodes the specified ReadCountersRequest message. Does not implicitly {@link hac.v1.ReadCountersRequest.verify|verify} messages.
             * @function encode
             * @memberof hac.v1.ReadCountersRequest
             * @static
             * @param {hac.v1.ReadCountersRequest.$Properties} message ReadCountersRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReadCountersRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ReadCountersRequest message from the specified reader or buffer.
             * @function decode
             * @memberof hac.v1.ReadCountersRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hac.v1.ReadCountersRequest & hac.v1.ReadCountersRequest.$Shape} ReadCountersRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReadCountersRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hac.v1.ReadCountersRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ReadCountersRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hac.v1.ReadCountersRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hac.v1.ReadCountersRequest} ReadCountersRequest
             */
            ReadCountersRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.hac.v1.ReadCountersRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hac.v1.ReadCountersRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.hac.v1.ReadCountersRequest();
            };

            /**
             * Creates a plain object from a ReadCountersRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hac.v1.ReadCountersRequest
             * @static
             * @param {hac.v1.ReadCountersRequest} message ReadCountersRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ReadCountersRequest.toObject = function () {
                return {};
            };

            /**
             * Converts this ReadCountersRequest to JSON.
             * @function toJSON
             * @memberof hac.v1.ReadCountersRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ReadCountersRequest.prototype.toJSON = function() {
                return ReadCountersRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ReadCountersRequest
             * @function getTypeUrl
             * @memberof hac.v1.ReadCountersRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ReadCountersRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hac.v1.ReadCountersRequest";
            };

            return ReadCountersRequest;
        })();

        v1.ReadCountersResponse = (function() {

            /**
             * Properties of a ReadCountersResponse.
             * @typedef {Object} hac.v1.ReadCountersResponse.$Properties
             * @property {number|null} [cycles] ReadCountersResponse cycles
             * @property {number|null} [queries] ReadCountersResponse queries
             * @property {number|null} [tokensKept] ReadCountersResponse tokensKept
             * @property {number|null} [tokensPruned] ReadCountersResponse tokensPruned
             * @property {number|null} [tileRefills] ReadCountersResponse tileRefills
             * @property {number|null} [conversions] ReadCountersResponse conversions
             * @property {number|null} [energyPj] ReadCountersResponse energyPj
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReadCountersResponse.
             * @memberof hac.v1
             * @interface IReadCountersResponse
             * @augments hac.v1.ReadCountersResponse.$Properties
             * @deprecated Use hac.v1.ReadCountersResponse.$Properties instead.
             */

            /**
             * Shape of a ReadCountersResponse.
             * @typedef {hac.v1.ReadCountersResponse.$Properties} hac.v1.ReadCountersResponse.$Shape
             */

            /**
             * Constructs a new ReadCountersResponse.
             * @memberof hac.v1
             * @classdesc Represents a ReadCountersResponse.
             * @constructor
             * @param {hac.v1.ReadCountersResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReadCountersResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ReadCountersResponse cycles.
             * @member {number} cycles
             * @memberof hac.v1.ReadCountersResponse
             * @instance
             */
            ReadCountersResponse.prototype.cycles = 0;

            /**
             * ReadCountersResponse queries.
             * @member {number} queries
             * @memberof hac.v1.ReadCountersResponse
             * @instance
             */
            ReadCountersResponse.prototype.queries = 0;

            /**
             * ReadCountersResponse tokensKept.
             * @member {number} tokensKept
             * @memberof hac.v1.ReadCountersResponse
             * @instance
             */
            ReadCountersResponse.prototype.tokensKept = 0;

            /**
             * ReadCountersResponse tokensPruned.
             * @member {number} tokensPruned
             * @memberof hac.v1.ReadCountersResponse
             * @instance
             */
            ReadCountersResponse.prototype.tokensPruned = 0;

            /**
             * ReadCountersResponse tileRefills.
             * @member {number} tileRefills
             * @memberof hac.v1.ReadCountersResponse
             * @instance
             */
            ReadCountersResponse.prototype.tileRefills = 0;

            /**
             * ReadCountersResponse conversions.
             * @member {number} conversions
             * @memberof hac.v1.ReadCountersResponse
             * @instance
             */
            ReadCountersResponse.prototype.conversions = 0;

            /**
             * ReadCountersResponse energyPj.
             * @member {number} energyPj
             * @memberof hac.v1.ReadCountersResponse
             * @instance
             */
            ReadCountersResponse.prototype.energyPj = 0;

            /**
             * Creates a new ReadCountersResponse instance using the specified properties.
             * @function create
             * @memberof hac.v1.ReadCountersResponse
             * @static
             * @param {hac.v1.ReadCountersResponse.$Properties=} [properties] Properties to set
             * @returns {hac.v1.ReadCountersResponse} ReadCountersResponse instance
             * @type {{
             *   (properties: hac.v1.ReadCountersResponse.$Shape): hac.v1.ReadCountersResponse & hac.v1.ReadCountersResponse.$Shape;
             *   (properties?: hac.v1.ReadCountersResponse.$Properties): hac.v1.ReadCountersResponse;
             * }}
             */
            ReadCountersResponse.create = function(properties) {
                return new ReadCountersResponse(properties);
            };

            /**
             * Encodes the specified ReadCountersResponse message. Does not implicitly {@link hac.v1.ReadCountersResponse.verify|verify} messages.
             * @function encode
             * @memberof hac.v1.ReadCountersResponse
             * @static
             * @param {hac.v1.ReadCountersResponse.$Properties} message ReadCountersResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReadCountersResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.cycles != null && $Object.hasOwnProperty.call(message, "cycles") && !$Object.is(message.cycles, 0))
                    writer.uint32(/* id 1, wireType 1 =*/9).double(message.cycles);
                if (message.queries != null && $Object.hasOwnProperty.call(message, "queries") && message.queries !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.queries);
                if (message.tokensKept != null && $Object.hasOwnProperty.call(message, "tokensKept") && !$Object.is(message.tokensKept, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.tokensKept);
                if (message.tokensPruned != null && $Object.hasOwnProperty.call(message, "tokensPruned") && !$Object.is(message.tokensPruned, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.tokensPruned);
                if (message.tileRefills != null && $Object.hasOwnProperty.call(message, "tileRefills") && message.tileRefills !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.tileRefills);
                if (message.conversions != null && $Object.hasOwnProperty.call(message, "conversions") && !$Object.is(message.conversions, 0))
                    writer.uint32(/* id 6, wireType 1 =*/49).double(message.conversions);
                if (message.energyPj != null && $Object.hasOwnProperty.call(message, "energyPj") && !$Object.is(message.energyPj, 0))
                    writer.uint32(/* id 7, wireType 1 =*/57).double(message.energyPj);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ReadCountersResponse message from the specified reader or buffer.
             * @function decode
             * @memberof hac.v1.ReadCountersResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hac.v1.ReadCountersResponse & hac.v1.ReadCountersResponse.$Shape} ReadCountersResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReadCountersResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hac.v1.ReadCountersResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.cycles = value;
                            else
                                delete message.cycles;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.queries = value;
                            else
                                delete message.queries;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.tokensKept = value;
                            else
                                delete message.tokensKept;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.tokensPruned = value;
                            else
                                delete message.tokensPruned;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.tileRefills = value;
                            else
                                delete message.tileRefills;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.conversions = value;
                            else
                                delete message.conversions;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.energyPj = value;
                            else
                                delete message.energyPj;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ReadCountersResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hac.v1.ReadCountersResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hac.v1.ReadCountersResponse} ReadCountersResponse
             */
            ReadCountersResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.hac.v1.ReadCountersResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hac.v1.ReadCountersResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hac.v1.ReadCountersResponse();
                if (object.cycles != null)
                    if (!$Object.is($Number(object.cycles), 0))
                        message.cycles = $Number(object.cycles);
                if (object.queries != null)
                    if ($Number(object.queries) !== 0)
                        message.queries = object.queries >>> 0;
                if (object.tokensKept != null)
                    if (!$Object.is($Number(object.tokensKept), 0))
                        message.tokensKept = $Number(object.tokensKept);
                if (object.tokensPruned != null)
                    if (!$Object.is($Number(object.tokensPruned), 0))
                        message.tokensPruned = $Number(object.tokensPruned);
                if (object.tileRefills != null)
                    if ($Number(object.tileRefills) !== 0)
                        message.tileRefills = object.tileRefills >>> 0;
                if (object.conversions != null)
                    if (!$Object.is($Number(object.conversions), 0))
                        message.conversions = $Number(object.conversions);
                if (object.energyPj != null)
                    if (!$Object.is($Number(object.energyPj), 0))
                        message.energyPj = $Number(object.energyPj);
                return message;
            };

            /**
             * Creates a plain object from a ReadCountersResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hac.v1.ReadCountersResponse
             * @static
             * @param {hac.v1.ReadCountersResponse} message ReadCountersResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ReadCountersResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.cycles = 0;
                    object.queries = 0;
                    object.tokensKept = 0;
                    object.tokensPruned = 0;
                    object.tileRefills = 0;
                    object.conversions = 0;
                    object.energyPj = 0;
                }
                if (message.cycles != null && $Object.hasOwnProperty.call(message, "cycles"))
                    object.cycles = options.json && !$isFinite(message.cycles) ? $String(message.cycles) : message.cycles;
                if (message.queries != null && $Object.hasOwnProperty.call(message, "queries"))
                    object.queries = message.queries;
                if (message.tokensKept != null && $Object.hasOwnProperty.call(message, "tokensKept"))
                    object.tokensKept = options.json && !$isFinite(message.tokensKept) ? $String(message.tokensKept) : message.tokensKept;
                if (message.tokensPruned != null && $Object.hasOwnProperty.call(message, "tokensPruned"))
                    object.tokensPruned = options.json && !$isFinite(message.tokensPruned) ? $String(message.tokensPruned) : message.tokensPruned;
                if (message.tileRefills != null && $Object.hasOwnProperty.call(message, "tileRefills"))
                    object.tileRefills = message.tileRefills;
                if (message.conversions != null && $Object.hasOwnProperty.call(message, "conversions"))
                    object.conversions = options.json && !$isFinite(message.conversions) ? $String(message.conversions) : message.conversions;
                if (message.energyPj != null && $Object.hasOwnProperty.call(message, "energyPj"))
                    object.energyPj = options.json && !$isFinite(message.energyPj) ? $String(message.energyPj) : message.energyPj;
                return object;
            };

            /**
             * Converts this ReadCountersResponse to JSON.
             * @function toJSON
             * @memberof hac.v1.ReadCountersResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ReadCountersResponse.prototype.toJSON = function() {
                return ReadCountersResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ReadCountersResponse
             * @function getTypeUrl
             * @memberof hac.v1.ReadCountersResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ReadCountersResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hac.v1.ReadCountersResponse";
            };

            return ReadCountersResponse;
        })();

        v1.ResetRequest = (function() {

            /**
             * Properties of a ResetRequest.
             * @typedef {Object} hac.v1.ResetRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ResetRequest.
             * @memberof hac.v1
             * @interface IResetRequest
             * @augments hac.v1.ResetRequest.$Properties
             * @deprecated Use hac.v1.ResetRequest.$Properties instead.
             */

            /**
             * Shape of a ResetRequest.
             * @typedef {hac.v1.ResetRequest.$Properties} hac.v1.ResetRequest.$Shape
             */

            /**
             * Constructs a new ResetRequest.
             * @memberof hac.v1
             * @classdesc Represents a ResetRequest.
             * @constructor
             * @param {hac.v1.ResetRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ResetRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new ResetRequest instance using the specified properties.
             * @function create
             * @memberof hac.v1.ResetRequest
             * @static
             * @param {hac.v1.ResetRequest.$Properties=} [properties] Properties to set
             * @returns {hac.v1.ResetRequest} ResetRequest instance
             * @type {{
             *   (properties: hac.v1.ResetRequest.$Shape): hac.v1.ResetRequest & hac.v1.ResetRequest.$Shape;
             *   (properties?: hac.v1.ResetRequest.$Properties): hac.v1.ResetRequest;
             * }}
             */
            ResetRequest.create = function(properties) {
                return new ResetRequest(properties);
            };

            /**
             * Encodes the specified ResetRequest message. Does not implicitly {@link hac.v1.ResetRequest.verify|verify} messages.
             * @function encode
             * @memberof hac.v1.ResetRequest
             * @static
             * @param {hac.v1.ResetRequest.$Properties} message ResetRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ResetRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ResetRequest message from the specified reader or buffer.
             * @function decode
             * @memberof hac.v1.ResetRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hac.v1.ResetRequest & hac.v1.ResetRequest.$Shape} ResetRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ResetRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hac.v1.ResetRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ResetRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hac.v1.ResetRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hac.v1.ResetRequest} ResetRequest
             */
            ResetRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.hac.v1.ResetRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hac.v1.ResetRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.hac.v1.ResetRequest();
            };

            /**
             * Creates a plain object from a ResetRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hac.v1.ResetRequest
             * @static
             * @param {hac.v1.ResetRequest} message ResetRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ResetRequest.toObject = function () {
                return {};
            };

            /**
             * Converts this ResetRequest to JSON.
             * @function toJSON
             * @memberof hac.v1.ResetRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ResetRequest.prototype.toJSON = function() {
                return ResetRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ResetRequest
             * @function getTypeUrl
             * @memberof hac.v1.ResetRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ResetRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hac.v1.ResetRequest";
            };

            return ResetRequest;
        })();

        v1.ResetResponse = (function() {

            /**
             * Properties of a ResetResponse.
             * @typedef {Object} hac.v1.ResetResponse.$Properties
             * @property {number|null} [bootEpoch] ResetResponse bootEpoch
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ResetResponse.
             * @memberof hac.v1
             * @interface IResetResponse
             * @augments hac.v1.ResetResponse.$Properties
             * @deprecated Use hac.v1.ResetResponse.$Properties instead.
             */

            /**
             * Shape of a ResetResponse.
             * @typedef {hac.v1.ResetResponse.$Properties} hac.v1.ResetResponse.$Shape
             */

            /**
             * Constructs a new ResetResponse.
             * @memberof hac.v1
             * @classdesc Represents a ResetResponse.
             * @constructor
             * @param {hac.v1.ResetResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ResetResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ResetResponse bootEpoch.
             * @member {number} bootEpoch
             * @memberof hac.v1.ResetResponse
             * @instance
             */
            ResetResponse.prototype.bootEpoch = 0;

            /**
             * Creates a new ResetResponse instance using the specified properties.
             * @function create
             * @memberof hac.v1.ResetResponse
             * @static
             * @param {hac.v1.ResetResponse.$Properties=} [properties] Properties to set
             * @returns {hac.v1.ResetResponse} ResetResponse instance
             * @type {{
             *   (properties: hac.v1.ResetResponse.$Shape): hac.v1.ResetResponse & hac.v1.ResetResponse.$Shape;
             *   (properties?: hac.v1.ResetResponse.$Properties): hac.v1.ResetResponse;
             * }}
             */
            ResetResponse.create = function(properties) {
                return new ResetResponse(properties);
            };

            /**
             * Encodes the specified ResetResponse message. Does not implicitly {@link hac.v1.ResetResponse.verify|verify} messages.
             * @function encode
             * @memberof hac.v1.ResetResponse
             * @static
             * @param {hac.v1.ResetResponse.$Properties} message ResetResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ResetResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.bootEpoch != null && $Object.hasOwnProperty.call(message, "bootEpoch") && message.bootEpoch !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.bootEpoch);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ResetResponse message from the specified reader or buffer.
             * @function decode
             * @memberof hac.v1.ResetResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hac.v1.ResetResponse & hac.v1.ResetResponse.$Shape} ResetResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ResetResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hac.v1.ResetResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.bootEpoch = value;
                            else
                                delete message.bootEpoch;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ResetResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hac.v1.ResetResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hac.v1.ResetResponse} ResetResponse
             */
            ResetResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.hac.v1.ResetResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hac.v1.ResetResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hac.v1.ResetResponse();
                if (object.bootEpoch != null)
                    if ($Number(object.bootEpoch) !== 0)
                        message.bootEpoch = object.bootEpoch >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a ResetResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hac.v1.ResetResponse
             * @static
             * @param {hac.v1.ResetResponse} message ResetResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ResetResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.bootEpoch = 0;
                if (message.bootEpoch != null && $Object.hasOwnProperty.call(message, "bootEpoch"))
                    object.bootEpoch = message.bootEpoch;
                return object;
            };

            /**
             * Converts this ResetResponse to JSON.
             * @function toJSON
             * @memberof hac.v1.ResetResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ResetResponse.prototype.toJSON = function() {
                return ResetResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ResetResponse
             * @function getTypeUrl
             * @memberof hac.v1.ResetResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ResetResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hac.v1.ResetResponse";
            };

            return ResetResponse;
        })();

        v1.PingRequest = (function() {

            /**
             * Properties of a PingRequest.
             * @typedef {Object} hac.v1.PingRequest.$Properties
             * @property {Uint8Array|null} [data] PingRequest data
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PingRequest.
             * @memberof hac.v1
             * @interface IPingRequest
             * @augments hac.v1.PingRequest.$Properties
             * @deprecated Use hac.v1.PingRequest.$Properties instead.
             */

            /**
             * Shape of a PingRequest.
             * @typedef {hac.v1.PingRequest.$Properties} hac.v1.PingRequest.$Shape
             */

            /**
             * Constructs a new PingRequest.
             * @memberof hac.v1
             * @classdesc Represents a PingRequest.
             * @constructor
             * @param {hac.v1.PingRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PingRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PingRequest data.
             * @member {Uint8Array} data
             * @memberof hac.v1.PingRequest
             * @instance
             */
            PingRequest.prototype.data = $util.newBuffer([]);

            /**
             * Creates a new PingRequest instance using the specified properties.
             * @function create
             * @memberof hac.v1.PingRequest
             * @static
             * @param {hac.v1.PingRequest.$Properties=} [properties] Properties to set
             * @returns {hac.v1.PingRequest} PingRequest instance
             * @type {{
             *   (properties: hac.v1.PingRequest.$Shape): hac.v1.PingRequest & hac.v1.PingRequest.$Shape;
             *   (properties?: hac.v1.PingRequest.$Properties): hac.v1.PingRequest;
             * }}
             */
            PingRequest.create = function(properties) {
                return new PingRequest(properties);
            };

            /**
             * Encodes the specified PingRequest message. Does not implicitly {@link hac.v1.PingRequest.verify|verify} messages.
             * @function encode
             * @memberof hac.v1.PingRequest
             * @static
             * @param {hac.v1.PingRequest.$Properties} message PingRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PingRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.data);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PingRequest message from the specified reader or buffer.
             * @function decode
             * @memberof hac.v1.PingRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hac.v1.PingRequest & hac.v1.PingRequest.$Shape} PingRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PingRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hac.v1.PingRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.data = value;
                            else
                                delete message.data;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a PingRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hac.v1.PingRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hac.v1.PingRequest} PingRequest
             */
            PingRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.hac.v1.PingRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hac.v1.PingRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hac.v1.PingRequest();
                if (object.data != null)
                    if (object.data.length)
                        if (typeof object.data === "string")
                            $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                        else if (object.data.length >= 0)
                            message.data = object.data;
                return message;
            };

            /**
             * Creates a plain object from a PingRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hac.v1.PingRequest
             * @static
             * @param {hac.v1.PingRequest} message PingRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PingRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if (options.bytes === $String)
                        object.data = "";
                    else {
                        object.data = [];
                        if (options.bytes !== $Array)
                            object.data = $util.newBuffer(object.data);
                    }
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                return object;
            };

            /**
             * Converts this PingRequest to JSON.
             * @function toJSON
             * @memberof hac.v1.PingRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PingRequest.prototype.toJSON = function() {
                return PingRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PingRequest
             * @function getTypeUrl
             * @memberof hac.v1.PingRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PingRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hac.v1.PingRequest";
            };

            return PingRequest;
        })();

        v1.PingResponse = (function() {

            /**
             * Properties of a PingResponse.
             * @typedef {Object} hac.v1.PingResponse.$Properties
             * @property {Uint8Array|null} [data] PingResponse data
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PingResponse.
             * @memberof hac.v1
             * @interface IPingResponse
             * @augments hac.v1.PingResponse.$Properties
             * @deprecated Use hac.v1.PingResponse.$Properties instead.
             */

            /**
             * Shape of a PingResponse.
             * @typedef {hac.v1.PingResponse.$Properties} hac.v1.PingResponse.$Shape
             */

            /**
             * Constructs a new PingResponse.
             * @memberof hac.v1
             * @classdesc Represents a PingResponse.
             * @constructor
             * @param {hac.v1.PingResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PingResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PingResponse data.
             * @member {Uint8Array} data
             * @memberof hac.v1.PingResponse
             * @instance
             */
            PingResponse.prototype.data = $util.newBuffer([]);

            /**
             * Creates a new PingResponse instance using the specified properties.
             * @function create
             * @memberof hac.v1.PingResponse
             * @static
             * @param {hac.v1.PingResponse.$Properties=} [properties] Properties to set
             * @returns {hac.v1.PingResponse} PingResponse instance
             * @type {{
             *   (properties: hac.v1.PingResponse.$Shape): hac.v1.PingResponse & hac.v1.PingResponse.$Shape;
             *   (properties?: hac.v1.PingResponse.$Properties): hac.v1.PingResponse;
             * }}
             */
            PingResponse.create = function(properties) {
                return new PingResponse(properties);
            };

            /**
             * Encodes the specified PingResponse message. Does not implicitly {@link hac.v1.PingResponse.verify|verify} messages.
             * @function encode
             * @memberof hac.v1.PingResponse
             * @static
             * @param {hac.v1.PingResponse.$Properties} message PingResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PingResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.data);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PingResponse message from the specified reader or buffer.
             * @function decode
             * @memberof hac.v1.PingResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hac.v1.PingResponse & hac.v1.PingResponse.$Shape} PingResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PingResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hac.v1.PingResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.data = value;
                            else
                                delete message.data;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a PingResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hac.v1.PingResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hac.v1.PingResponse} PingResponse
             */
            PingResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.hac.v1.PingResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hac.v1.PingResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hac.v1.PingResponse();
                if (object.data != null)
                    if (object.data.length)
                        if (typeof object.data === "string")
                            $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                        else if (object.data.length >= 0)
                            message.data = object.data;
                return message;
            };

            /**
             * Creates a plain object from a PingResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hac.v1.PingResponse
             * @static
             * @param {hac.v1.PingResponse} message PingResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PingResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if (options.bytes === $String)
                        object.data = "";
                    else {
                        object.data = [];
                        if (options.bytes !== $Array)
                            object.data = $util.newBuffer(object.data);
                    }
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                return object;
            };

            /**
             * Converts this PingResponse to JSON.
             * @function toJSON
             * @memberof hac.v1.PingResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PingResponse.prototype.toJSON = function() {
                return PingResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PingResponse
             * @function getTypeUrl
             * @memberof hac.v1.PingResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PingResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hac.v1.PingResponse";
            };

            return PingResponse;
        })();

        v1.LogLine = (function() {

            /**
             * Properties of a LogLine.
             * @typedef {Object} hac.v1.LogLine.$Properties
             * @property {number|null} [level] LogLine level
             * @property {string|null} [text] LogLine text
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LogLine.
             * @memberof hac.v1
             * @interface ILogLine
             * @augments hac.v1.LogLine.$Properties
             * @deprecated Use hac.v1.LogLine.$Properties instead.
             */

            /**
             * Shape of a LogLine.
             * @typedef {hac.v1.LogLine.$Properties} hac.v1.LogLine.$Shape
             */

            /**
             * Constructs a new LogLine.
             * @memberof hac.v1
             * @classdesc Represents a LogLine.
             * @constructor
             * @param {hac.v1.LogLine.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LogLine = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LogLine level.
             * @member {number} level
             * @memberof hac.v1.LogLine
             * @instance
             */
            LogLine.prototype.level = 0;

            /**
             * LogLine text.
             * @member {string} text
             * @memberof hac.v1.LogLine
             * @instance
             */
            LogLine.prototype.text = "";

            /**
             * Creates a new LogLine instance using the specified properties.
             * @function create
             * @memberof hac.v1.LogLine
             * @static
             * @param {hac.v1.LogLine.$Properties=} [properties] Properties to set
             * @returns {hac.v1.LogLine} LogLine instance
             * @type {{
             *   (properties: hac.v1.LogLine.$Shape): hac.v1.LogLine & hac.v1.LogLine.$Shape;
             *   (properties?: hac.v1.LogLine.$Properties): hac.v1.LogLine;
             * }}
             */
            LogLine.create = function(properties) {
                return new LogLine(properties);
            };

            /**
             * Encodes the specified LogLine message. Does not implicitly {@link hac.v1.LogLine.verify|verify} messages.
             * @function encode
             * @memberof hac.v1.LogLine
             * @static
             * @param {hac.v1.LogLine.$Properties} message LogLine message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LogLine.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.level != null && $Object.hasOwnProperty.call(message, "level") && message.level !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.level);
                if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.text);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a LogLine message from the specified reader or buffer.
             * @function decode
             * @memberof hac.v1.LogLine
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hac.v1.LogLine & hac.v1.LogLine.$Shape} LogLine
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LogLine.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hac.v1.LogLine();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.level = value;
                            else
                                delete message.level;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.text = value;
                            else
                                delete message.text;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a LogLine message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hac.v1.LogLine
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hac.v1.LogLine} LogLine
             */
            LogLine.fromObject = function (object, _depth) {
                if (object instanceof $root.hac.v1.LogLine)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hac.v1.LogLine: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hac.v1.LogLine();
                if (object.level != null)
                    if ($Number(object.level) !== 0)
                        message.level = object.level >>> 0;
                if (object.text != null)
                    if (typeof object.text !== "string" || object.text.length)
                        message.text = $String(object.text);
                return message;
            };

            /**
             * Creates a plain object from a LogLine message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hac.v1.LogLine
             * @static
             * @param {hac.v1.LogLine} message LogLine
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LogLine.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.level = 0;
                    object.text = "";
                }
                if (message.level != null && $Object.hasOwnProperty.call(message, "level"))
                    object.level = message.level;
                if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                    object.text = message.text;
                return object;
            };

            /**
             * Converts this LogLine to JSON.
             * @function toJSON
             * @memberof hac.v1.LogLine
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LogLine.prototype.toJSON = function() {
                return LogLine.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LogLine
             * @function getTypeUrl
             * @memberof hac.v1.LogLine
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LogLine.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hac.v1.LogLine";
            };

            return LogLine;
        })();

        v1.JobDone = (function() {

            /**
             * Properties of a JobDone.
             * @typedef {Object} hac.v1.JobDone.$Properties
             * @property {number|null} [queryId] JobDone queryId
             * @property {number|null} [count] JobDone count
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a JobDone.
             * @memberof hac.v1
             * @interface IJobDone
             * @augments hac.v1.JobDone.$Properties
             * @deprecated Use hac.v1.JobDone.$Properties instead.
             */

            /**
             * Shape of a JobDone.
             * @typedef {hac.v1.JobDone.$Properties} hac.v1.JobDone.$Shape
             */

            /**
             * Constructs a new JobDone.
             * @memberof hac.v1
             * @classdesc Represents a JobDone.
             * @constructor
             * @param {hac.v1.JobDone.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const JobDone = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * JobDone queryId.
             * @member {number} queryId
             * @memberof hac.v1.JobDone
             * @instance
             */
            JobDone.prototype.queryId = 0;

            /**
             * JobDone count.
             * @member {number} count
             * @memberof hac.v1.JobDone
             * @instance
             */
            JobDone.prototype.count = 0;

            /**
             * Creates a new JobDone instance using the specified properties.
             * @function create
             * @memberof hac.v1.JobDone
             * @static
             * @param {hac.v1.JobDone.$Properties=} [properties] Properties to set
             * @returns {hac.v1.JobDone} JobDone instance
             * @type {{
             *   (properties: hac.v1.JobDone.$Shape): hac.v1.JobDone & hac.v1.JobDone.$Shape;
             *   (properties?: hac.v1.JobDone.$Properties): hac.v1.JobDone;
             * }}
             */
            JobDone.create = function(properties) {
                return new JobDone(properties);
            };

            /**
             * Encodes the specified JobDone message. Does not implicitly {@link hac.v1.JobDone.verify|verify} messages.
             * @function encode
             * @memberof hac.v1.JobDone
             * @static
             * @param {hac.v1.JobDone.$Properties} message JobDone message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            JobDone.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.queryId != null && $Object.hasOwnProperty.call(message, "queryId") && message.queryId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.queryId);
                if (message.count != null && $Object.hasOwnProperty.call(message, "count") && message.count !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.count);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a JobDone message from the specified reader or buffer.
             * @function decode
             * @memberof hac.v1.JobDone
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hac.v1.JobDone & hac.v1.JobDone.$Shape} JobDone
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            JobDone.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hac.v1.JobDone();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.queryId = value;
                            else
                                delete message.queryId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.count = value;
                            else
                                delete message.count;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a JobDone message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hac.v1.JobDone
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hac.v1.JobDone} JobDone
             */
            JobDone.fromObject = function (object, _depth) {
                if (object instanceof $root.hac.v1.JobDone)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hac.v1.JobDone: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hac.v1.JobDone();
                if (object.queryId != null)
                    if ($Number(object.queryId) !== 0)
                        message.queryId = object.queryId >>> 0;
                if (object.count != null)
                    if ($Number(object.count) !== 0)
                        message.count = object.count >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a JobDone message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hac.v1.JobDone
             * @static
             * @param {hac.v1.JobDone} message JobDone
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            JobDone.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.queryId = 0;
                    object.count = 0;
                }
                if (message.queryId != null && $Object.hasOwnProperty.call(message, "queryId"))
                    object.queryId = message.queryId;
                if (message.count != null && $Object.hasOwnProperty.call(message, "count"))
                    object.count = message.count;
                return object;
            };

            /**
             * Converts this JobDone to JSON.
             * @function toJSON
             * @memberof hac.v1.JobDone
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            JobDone.prototype.toJSON = function() {
                return JobDone.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for JobDone
             * @function getTypeUrl
             * @memberof hac.v1.JobDone
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            JobDone.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hac.v1.JobDone";
            };

            return JobDone;
        })();

        v1.Fault = (function() {

            /**
             * Properties of a Fault.
             * @typedef {Object} hac.v1.Fault.$Properties
             * @property {number|null} [code] Fault code
             * @property {string|null} [text] Fault text
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Fault.
             * @memberof hac.v1
             * @interface IFault
             * @augments hac.v1.Fault.$Properties
             * @deprecated Use hac.v1.Fault.$Properties instead.
             */

            /**
             * Shape of a Fault.
             * @typedef {hac.v1.Fault.$Properties} hac.v1.Fault.$Shape
             */

            /**
             * Constructs a new Fault.
             * @memberof hac.v1
             * @classdesc Represents a Fault.
             * @constructor
             * @param {hac.v1.Fault.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Fault = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Fault code.
             * @member {number} code
             * @memberof hac.v1.Fault
             * @instance
             */
            Fault.prototype.code = 0;

            /**
             * Fault text.
             * @member {string} text
             * @memberof hac.v1.Fault
             * @instance
             */
            Fault.prototype.text = "";

            /**
             * Creates a new Fault instance using the specified properties.
             * @function create
             * @memberof hac.v1.Fault
             * @static
             * @param {hac.v1.Fault.$Properties=} [properties] Properties to set
             * @returns {hac.v1.Fault} Fault instance
             * @type {{
             *   (properties: hac.v1.Fault.$Shape): hac.v1.Fault & hac.v1.Fault.$Shape;
             *   (properties?: hac.v1.Fault.$Properties): hac.v1.Fault;
             * }}
             */
            Fault.create = function(properties) {
                return new Fault(properties);
            };

            /**
             * Encodes the specified Fault message. Does not implicitly {@link hac.v1.Fault.verify|verify} messages.
             * @function encode
             * @memberof hac.v1.Fault
             * @static
             * @param {hac.v1.Fault.$Properties} message Fault message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Fault.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.code);
                if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.text);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Fault message from the specified reader or buffer.
             * @function decode
             * @memberof hac.v1.Fault
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {hac.v1.Fault & hac.v1.Fault.$Shape} Fault
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Fault.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.hac.v1.Fault();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.text = value;
                            else
                                delete message.text;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Fault message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof hac.v1.Fault
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {hac.v1.Fault} Fault
             */
            Fault.fromObject = function (object, _depth) {
                if (object instanceof $root.hac.v1.Fault)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".hac.v1.Fault: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.hac.v1.Fault();
                if (object.code != null)
                    if ($Number(object.code) !== 0)
                        message.code = object.code >>> 0;
                if (object.text != null)
                    if (typeof object.text !== "string" || object.text.length)
                        message.text = $String(object.text);
                return message;
            };

            /**
             * Creates a plain object from a Fault message. Also converts values to other types if specified.
             * @function toObject
             * @memberof hac.v1.Fault
             * @static
             * @param {hac.v1.Fault} message Fault
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Fault.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.code = 0;
                    object.text = "";
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = message.code;
                if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                    object.text = message.text;
                return object;
            };

            /**
             * Converts this Fault to JSON.
             * @function toJSON
             * @memberof hac.v1.Fault
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Fault.prototype.toJSON = function() {
                return Fault.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Fault
             * @function getTypeUrl
             * @memberof hac.v1.Fault
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Fault.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/hac.v1.Fault";
            };

            return Fault;
        })();

        return v1;
    })();

    return hac;
})();

export {
  $root as default
};

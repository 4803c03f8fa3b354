import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace hac. */
export namespace hac {

    /** Namespace v1. */
    namespace v1 {

        /** Status enum. */
        enum Status {

            /** STATUS_OK value */
            STATUS_OK = 0,

            /** STATUS_UNKNOWN_REQUEST value */
            STATUS_UNKNOWN_REQUEST = 1,

            /** STATUS_BAD_REGION value */
            STATUS_BAD_REGION = 2,

            /** STATUS_OUT_OF_RANGE value */
            STATUS_OUT_OF_RANGE = 3,

            /** STATUS_CONTEXT_FULL value */
            STATUS_CONTEXT_FULL = 4,

            /** STATUS_BUSY value */
            STATUS_BUSY = 5,

            /** STATUS_UNSUPPORTED value */
            STATUS_UNSUPPORTED = 6,

            /** STATUS_BAD_CRC value */
            STATUS_BAD_CRC = 7,

            /** STATUS_INVALID_CONFIG value */
            STATUS_INVALID_CONFIG = 8,

            /** STATUS_BAD_ADDRESS value */
            STATUS_BAD_ADDRESS = 9,

            /** STATUS_ACCESS_DENIED value */
            STATUS_ACCESS_DENIED = 10,

            /** STATUS_BAD_ARGUMENT value */
            STATUS_BAD_ARGUMENT = 11,

            /** STATUS_NOT_READY value */
            STATUS_NOT_READY = 12,

            /** STATUS_VERSION_MISMATCH value */
            STATUS_VERSION_MISMATCH = 13,

            /** STATUS_DECODE_ERROR value */
            STATUS_DECODE_ERROR = 14,

            /** STATUS_INTERNAL value */
            STATUS_INTERNAL = 15,

            /** STATUS_VERIFY_FAILED value */
            STATUS_VERIFY_FAILED = 16,

            /** STATUS_FENCED value */
            STATUS_FENCED = 17
        }

        /** Region enum. */
        enum Region {

            /** REGION_NONE value */
            REGION_NONE = 0,

            /** REGION_K_SRAM value */
            REGION_K_SRAM = 1,

            /** REGION_V_SRAM value */
            REGION_V_SRAM = 2,

            /** REGION_Q_BUFFER value */
            REGION_Q_BUFFER = 3,

            /** REGION_OUTPUT value */
            REGION_OUTPUT = 4,

            /** REGION_TRIM value */
            REGION_TRIM = 5,

            /** REGION_KEEP_MASK value */
            REGION_KEEP_MASK = 6
        }

        /** Framing enum. */
        enum Framing {

            /** FRAMING_LINE value */
            FRAMING_LINE = 0,

            /** FRAMING_BINARY value */
            FRAMING_BINARY = 1
        }

        /**
         * Properties of a Frame.
         * @deprecated Use hac.v1.Frame.$Properties instead.
         */
        interface IFrame extends hac.v1.Frame.$Properties {
        }

        /** Represents a Frame. */
        class Frame {

            /**
             * Constructs a new Frame.
             * @param [properties] Properties to set
             */
            constructor(properties?: hac.v1.Frame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Frame request. */
            request?: (hac.v1.Request.$Properties|null);

            /** Frame response. */
            response?: (hac.v1.Response.$Properties|null);

            /** Frame event. */
            event?: (hac.v1.Event.$Properties|null);

            /** Frame kind. */
            kind?: ("request"|"response"|"event");

            /**
             * Creates a new Frame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Frame instance
             */
            static create(properties: hac.v1.Frame.$Shape): hac.v1.Frame & hac.v1.Frame.$Shape;
            static create(properties?: hac.v1.Frame.$Properties): hac.v1.Frame;

            /**
             * Encodes the specified Frame message. Does not implicitly {@link hac.v1.Frame.verify|verify} messages.
             * @param message Frame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hac.v1.Frame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Frame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hac.v1.Frame & hac.v1.Frame.$Shape} Frame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hac.v1.Frame & hac.v1.Frame.$Shape;

            /**
             * Creates a Frame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Frame
             */
            static fromObject(object: { [k: string]: any }): hac.v1.Frame;

            /**
             * Creates a plain object from a Frame message. Also converts values to other types if specified.
             * @param message Frame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hac.v1.Frame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Frame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Frame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Frame {

            /** Properties of a Frame. */
            interface $Properties {

                /** Frame request */
                request?: (hac.v1.Request.$Properties|null);

                /** Frame response */
                response?: (hac.v1.Response.$Properties|null);

                /** Frame event */
                event?: (hac.v1.Event.$Properties|null);

                /** Frame kind */
                kind?: ("request"|"response"|"event");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Frame. */
            type $Shape = {
              request?: hac.v1.Request.$Shape|null;
              response?: hac.v1.Response.$Shape|null;
              event?: hac.v1.Event.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ kind?: undefined; request?: null; response?: null; event?: null }|{ kind?: "request"; request: hac.v1.Request.$Shape; response?: null; event?: null }|{ kind?: "response"; request?: null; response: hac.v1.Response.$Shape; event?: null }|{ kind?: "event"; request?: null; response?: null; event: hac.v1.Event.$Shape })
            );
        }

        /**
         * Properties of a Request.
         * @deprecated Use hac.v1.Request.$Properties instead.
         */
        interface IRequest extends hac.v1.Request.$Properties {
        }

        /** Represents a Request. */
        class Request {

            /**
             * Constructs a new Request.
             * @param [properties] Properties to set
             */
            constructor(properties?: hac.v1.Request.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Request seq. */
            seq: number;

            /** Request hello. */
            hello?: (hac.v1.HelloRequest.$Properties|null);

            /** Request regRead. */
            regRead?: (hac.v1.RegReadRequest.$Properties|null);

            /** Request regWrite. */
            regWrite?: (hac.v1.RegWriteRequest.$Properties|null);

            /** Request memWrite. */
            memWrite?: (hac.v1.MemWriteRequest.$Properties|null);

            /** Request memRead. */
            memRead?: (hac.v1.MemReadRequest.$Properties|null);

            /** Request memDigest. */
            memDigest?: (hac.v1.MemDigestRequest.$Properties|null);

            /** Request runQuery. */
            runQuery?: (hac.v1.RunQueryRequest.$Properties|null);

            /** Request appendToken. */
            appendToken?: (hac.v1.AppendTokenRequest.$Properties|null);

            /** Request resetContext. */
            resetContext?: (hac.v1.ResetContextRequest.$Properties|null);

            /** Request readResult. */
            readResult?: (hac.v1.ReadResultRequest.$Properties|null);

            /** Request readCounters. */
            readCounters?: (hac.v1.ReadCountersRequest.$Properties|null);

            /** Request reset. */
            reset?: (hac.v1.ResetRequest.$Properties|null);

            /** Request ping. */
            ping?: (hac.v1.PingRequest.$Properties|null);

            /** Request runQueries. */
            runQueries?: (hac.v1.RunQueriesRequest.$Properties|null);

            /** Request clearFence. */
            clearFence?: (hac.v1.ClearFenceRequest.$Properties|null);

            /** Request body. */
            body?: ("hello"|"regRead"|"regWrite"|"memWrite"|"memRead"|"memDigest"|"runQuery"|"appendToken"|"resetContext"|"readResult"|"readCounters"|"reset"|"ping"|"runQueries"|"clearFence");

            /**
             * Creates a new Request instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Request instance
             */
            static create(properties: hac.v1.Request.$Shape): hac.v1.Request & hac.v1.Request.$Shape;
            static create(properties?: hac.v1.Request.$Properties): hac.v1.Request;

            /**
             * Encodes the specified Request message. Does not implicitly {@link hac.v1.Request.verify|verify} messages.
             * @param message Request message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hac.v1.Request.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Request message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hac.v1.Request & hac.v1.Request.$Shape} Request
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hac.v1.Request & hac.v1.Request.$Shape;

            /**
             * Creates a Request message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Request
             */
            static fromObject(object: { [k: string]: any }): hac.v1.Request;

            /**
             * Creates a plain object from a Request message. Also converts values to other types if specified.
             * @param message Request
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hac.v1.Request, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Request to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Request
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Request {

            /** Properties of a Request. */
            interface $Properties {

                /** Request seq */
                seq?: (number|null);

                /** Request hello */
                hello?: (hac.v1.HelloRequest.$Properties|null);

                /** Request regRead */
                regRead?: (hac.v1.RegReadRequest.$Properties|null);

                /** Request regWrite */
                regWrite?: (hac.v1.RegWriteRequest.$Properties|null);

                /** Request memWrite */
                memWrite?: (hac.v1.MemWriteRequest.$Properties|null);

                /** Request memRead */
                memRead?: (hac.v1.MemReadRequest.$Properties|null);

                /** Request memDigest */
                memDigest?: (hac.v1.MemDigestRequest.$Properties|null);

                /** Request runQuery */
                runQuery?: (hac.v1.RunQueryRequest.$Properties|null);

                /** Request appendToken */
                appendToken?: (hac.v1.AppendTokenRequest.$Properties|null);

                /** Request resetContext */
                resetContext?: (hac.v1.ResetContextRequest.$Properties|null);

                /** Request readResult */
                readResult?: (hac.v1.ReadResultRequest.$Properties|null);

                /** Request readCounters */
                readCounters?: (hac.v1.ReadCountersRequest.$Properties|null);

                /** Request reset */
                reset?: (hac.v1.ResetRequest.$Properties|null);

                /** Request ping */
                ping?: (hac.v1.PingRequest.$Properties|null);

                /** Request runQueries */
                runQueries?: (hac.v1.RunQueriesRequest.$Properties|null);

                /** Request clearFence */
                clearFence?: (hac.v1.ClearFenceRequest.$Properties|null);

                /** Request body */
                body?: ("hello"|"regRead"|"regWrite"|"memWrite"|"memRead"|"memDigest"|"runQuery"|"appendToken"|"resetContext"|"readResult"|"readCounters"|"reset"|"ping"|"runQueries"|"clearFence");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Request. */
            type $Shape = {
              seq?: number|null;
              hello?: hac.v1.HelloRequest.$Shape|null;
              regRead?: hac.v1.RegReadRequest.$Shape|null;
              regWrite?: hac.v1.RegWriteRequest.$Shape|null;
              memWrite?: hac.v1.MemWriteRequest.$Shape|null;
              memRead?: hac.v1.MemReadRequest.$Shape|null;
              memDigest?: hac.v1.MemDigestRequest.$Shape|null;
              runQuery?: hac.v1.RunQueryRequest.$Shape|null;
              appendToken?: hac.v1.AppendTokenRequest.$Shape|null;
              resetContext?: hac.v1.ResetContextRequest.$Shape|null;
              readResult?: hac.v1.ReadResultRequest.$Shape|null;
              readCounters?: hac.v1.ReadCountersRequest.$Shape|null;
              reset?: hac.v1.ResetRequest.$Shape|null;
              ping?: hac.v1.PingRequest.$Shape|null;
              runQueries?: hac.v1.RunQueriesRequest.$Shape|null;
              clearFence?: hac.v1.ClearFenceRequest.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; hello?: null; regRead?: null; regWrite?: null; memWrite?: null; memRead?: null; memDigest?: null; runQuery?: null; appendToken?: null; resetContext?: null; readResult?: null; readCounters?: null; reset?: null; ping?: null; runQueries?: null; clearFence?: null }|{ body?: "hello"; hello: hac.v1.HelloRequest.$Shape; regRead?: null; regWrite?: null; memWrite?: null; memRead?: null; memDigest?: null; runQuery?: null; appendToken?: null; resetContext?: null; readResult?: null; readCounters?: null; reset?: null; ping?: null; runQueries?: null; clearFence?: null }|{ body?: "regRead"; hello?: null; regRead: hac.v1.RegReadRequest.$Shape; regWrite?: null; memWrite?: null; memRead?: null; memDigest?: null; runQuery?: null; appendToken?: null; resetContext?: null; readResult?: null; readCounters?: null; reset?: null; ping?: null; runQueries?: null; clearFence?: null }|{ body?: "regWrite"; hello?: null; regRead?: null; regWrite: hac.v1.RegWriteRequest.$Shape; memWrite?: null; memRead?: null; memDigest?: null; runQuery?: null; appendToken?: null; resetContext?: null; readResult?: null; readCounters?: null; reset?: null; ping?: null; runQueries?: null; clearFence?: null }|{ body?: "memWrite"; hello?: null; regRead?: null; regWrite?: null; memWrite: hac.v1.MemWriteRequest.$Shape; memRead?: null; memDigest?: null; runQuery?: null; appendToken?: null; resetContext?: null; readResult?: null; readCounters?: null; reset?: null; ping?: null; runQueries?: null; clearFence?: null }|{ body?: "memRead"; hello?: null; regRead?: null; regWrite?: null; memWrite?: null; memRead: hac.v1.MemReadRequest.$Shape; memDigest?: null; runQuery?: null; appendToken?: null; resetContext?: null; readResult?: null; readCounters?: null; reset?: null; ping?: null; runQueries?: null; clearFence?: null }|{ body?: "memDigest"; hello?: null; regRead?: null; regWrite?: null; memWrite?: null; memRead?: null; memDigest: hac.v1.MemDigestRequest.$Shape; runQuery?: null; appendToken?: null; resetContext?: null; readResult?: null; readCounters?: null; reset?: null; ping?: null; runQueries?: null; clearFence?: null }|{ body?: "runQuery"; hello?: null; regRead?: null; regWrite?: null; memWrite?: null; memRead?: null; memDigest?: null; runQuery: hac.v1.RunQueryRequest.$Shape; appendToken?: null; resetContext?: null; readResult?: null; readCounters?: null; reset?: null; ping?: null; runQueries?: null; clearFence?: null }|{ body?: "appendToken"; hello?: null; regRead?: null; regWrite?: null; memWrite?: null; memRead?: null; memDigest?: null; runQuery?: null; appendToken: hac.v1.AppendTokenRequest.$Shape; resetContext?: null; readResult?: null; readCounters?: null; reset?: null; ping?: null; runQueries?: null; clearFence?: null }|{ body?: "resetContext"; hello?: null; regRead?: null; regWrite?: null; memWrite?: null; memRead?: null; memDigest?: null; runQuery?: null; appendToken?: null; resetContext: hac.v1.ResetContextRequest.$Shape; readResult?: null; readCounters?: null; reset?: null; ping?: null; runQueries?: null; clearFence?: null }|{ body?: "readResult"; hello?: null; regRead?: null; regWrite?: null; memWrite?: null; memRead?: null; memDigest?: null; runQuery?: null; appendToken?: null; resetContext?: null; readResult: hac.v1.ReadResultRequest.$Shape; readCounters?: null; reset?: null; ping?: null; runQueries?: null; clearFence?: null }|{ body?: "readCounters"; hello?: null; regRead?: null; regWrite?: null; memWrite?: null; memRead?: null; memDigest?: null; runQuery?: null; appendToken?: null; resetContext?: null; readResult?: null; readCounters: hac.v1.ReadCountersRequest.$Shape; reset?: null; ping?: null; runQueries?: null; clearFence?: null }|{ body?: "reset"; hello?: null; regRead?: null; regWrite?: null; memWrite?: null; memRead?: null; memDigest?: null; runQuery?: null; appendToken?: null; resetContext?: null; readResult?: null; readCounters?: null; reset: hac.v1.ResetRequest.$Shape; ping?: null; runQueries?: null; clearFence?: null }|{ body?: "ping"; hello?: null; regRead?: null; regWrite?: null; memWrite?: null; memRead?: null; memDigest?: null; runQuery?: null; appendToken?: null; resetContext?: null; readResult?: null; readCounters?: null; reset?: null; ping: hac.v1.PingRequest.$Shape; runQueries?: null; clearFence?: null }|{ body?: "runQueries"; hello?: null; regRead?: null; regWrite?: null; memWrite?: null; memRead?: null; memDigest?: null; runQuery?: null; appendToken?: null; resetContext?: null; readResult?: null; readCounters?: null; reset?: null; ping?: null; runQueries: hac.v1.RunQueriesRequest.$Shape; clearFence?: null }|{ body?: "clearFence"; hello?: null; regRead?: null; regWrite?: null; memWrite?: null; memRead?: null; memDigest?: null; runQuery?: null; appendToken?: null; resetContext?: null; readResult?: null; readCounters?: null; reset?: null; ping?: null; runQueries?: null; clearFence: hac.v1.ClearFenceRequest.$Shape })
            );
        }

        /**
         * Properties of a Response.
         * @deprecated Use hac.v1.Response.$Properties instead.
         */
        interface IResponse extends hac.v1.Response.$Properties {
        }

        /** Represents a Response. */
        class Response {

            /**
             * Constructs a new Response.
             * @param [properties] Properties to set
             */
            constructor(properties?: hac.v1.Response.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Response seq. */
            seq: number;

            /** Response status. */
            status: hac.v1.Status;

            /** Response detail. */
            detail: string;

            /** Response hello. */
            hello?: (hac.v1.HelloResponse.$Properties|null);

            /** Response regRead. */
            regRead?: (hac.v1.RegReadResponse.$Properties|null);

            /** Response regWrite. */
            regWrite?: (hac.v1.RegWriteResponse.$Properties|null);

            /** Response memWrite. */
            memWrite?: (hac.v1.MemWriteResponse.$Properties|null);

            /** Response memRead. */
            memRead?: (hac.v1.MemReadResponse.$Properties|null);

            /** Response memDigest. */
            memDigest?: (hac.v1.MemDigestResponse.$Properties|null);

            /** Response runQuery. */
            runQuery?: (hac.v1.RunQueryResponse.$Properties|null);

            /** Response appendToken. */
            appendToken?: (hac.v1.AppendTokenResponse.$Properties|null);

            /** Response resetContext. */
            resetContext?: (hac.v1.ResetContextResponse.$Properties|null);

            /** Response readResult. */
            readResult?: (hac.v1.ReadResultResponse.$Properties|null);

            /** Response readCounters. */
            readCounters?: (hac.v1.ReadCountersResponse.$Properties|null);

            /** Response reset. */
            reset?: (hac.v1.ResetResponse.$Properties|null);

            /** Response ping. */
            ping?: (hac.v1.PingResponse.$Properties|null);

            /** Response runQueries. */
            runQueries?: (hac.v1.RunQueriesResponse.$Properties|null);

            /** Response clearFence. */
            clearFence?: (hac.v1.ClearFenceResponse.$Properties|null);

            /** Response body. */
            body?: ("hello"|"regRead"|"regWrite"|"memWrite"|"memRead"|"memDigest"|"runQuery"|"appendToken"|"resetContext"|"readResult"|"readCounters"|"reset"|"ping"|"runQueries"|"clearFence");

            /**
             * Creates a new Response instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Response instance
             */
            static create(properties: hac.v1.Response.$Shape): hac.v1.Response & hac.v1.Response.$Shape;
            static create(properties?: hac.v1.Response.$Properties): hac.v1.Response;

            /**
             * Encodes the specified Response message. Does not implicitly {@link hac.v1.Response.verify|verify} messages.
             * @param message Response message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hac.v1.Response.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Response message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hac.v1.Response & hac.v1.Response.$Shape} Response
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hac.v1.Response & hac.v1.Response.$Shape;

            /**
             * Creates a Response message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Response
             */
            static fromObject(object: { [k: string]: any }): hac.v1.Response;

            /**
             * Creates a plain object from a Response message. Also converts values to other types if specified.
             * @param message Response
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hac.v1.Response, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Response to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Response
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Response {

            /** Properties of a Response. */
            interface $Properties {

                /** Response seq */
                seq?: (number|null);

                /** Response status */
                status?: (hac.v1.Status|null);

                /** Response detail */
                detail?: (string|null);

                /** Response hello */
                hello?: (hac.v1.HelloResponse.$Properties|null);

                /** Response regRead */
                regRead?: (hac.v1.RegReadResponse.$Properties|null);

                /** Response regWrite */
                regWrite?: (hac.v1.RegWriteResponse.$Properties|null);

                /** Response memWrite */
                memWrite?: (hac.v1.MemWriteResponse.$Properties|null);

                /** Response memRead */
                memRead?: (hac.v1.MemReadResponse.$Properties|null);

                /** Response memDigest */
                memDigest?: (hac.v1.MemDigestResponse.$Properties|null);

                /** Response runQuery */
                runQuery?: (hac.v1.RunQueryResponse.$Properties|null);

                /** Response appendToken */
                appendToken?: (hac.v1.AppendTokenResponse.$Properties|null);

                /** Response resetContext */
                resetContext?: (hac.v1.ResetContextResponse.$Properties|null);

                /** Response readResult */
                readResult?: (hac.v1.ReadResultResponse.$Properties|null);

                /** Response readCounters */
                readCounters?: (hac.v1.ReadCountersResponse.$Properties|null);

                /** Response reset */
                reset?: (hac.v1.ResetResponse.$Properties|null);

                /** Response ping */
                ping?: (hac.v1.PingResponse.$Properties|null);

                /** Response runQueries */
                runQueries?: (hac.v1.RunQueriesResponse.$Properties|null);

                /** Response clearFence */
                clearFence?: (hac.v1.ClearFenceResponse.$Properties|null);

                /** Response body */
                body?: ("hello"|"regRead"|"regWrite"|"memWrite"|"memRead"|"memDigest"|"runQuery"|"appendToken"|"resetContext"|"readResult"|"readCounters"|"reset"|"ping"|"runQueries"|"clearFence");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Response. */
            type $Shape = {
              seq?: number|null;
              status?: hac.v1.Status|null;
              detail?: string|null;
              hello?: hac.v1.HelloResponse.$Shape|null;
              regRead?: hac.v1.RegReadResponse.$Shape|null;
              regWrite?: hac.v1.RegWriteResponse.$Shape|null;
              memWrite?: hac.v1.MemWriteResponse.$Shape|null;
              memRead?: hac.v1.MemReadResponse.$Shape|null;
              memDigest?: hac.v1.MemDigestResponse.$Shape|null;
              runQuery?: hac.v1.RunQueryResponse.$Shape|null;
              appendToken?: hac.v1.AppendTokenResponse.$Shape|null;
              resetContext?: hac.v1.ResetContextResponse.$Shape|null;
              readResult?: hac.v1.ReadResultResponse.$Shape|null;
              readCounters?: hac.v1.ReadCountersResponse.$Shape|null;
              reset?: hac.v1.ResetResponse.$Shape|null;
              ping?: hac.v1.PingResponse.$Shape|null;
              runQueries?: hac.v1.RunQueriesResponse.$Shape|null;
              clearFence?: hac.v1.ClearFenceResponse.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; hello?: null; regRead?: null; regWrite?: null; memWrite?: null; memRead?: null; memDigest?: null; runQuery?: null; appendToken?: null; resetContext?: null; readResult?: null; readCounters?: null; reset?: null; ping?: null; runQueries?: null; clearFence?: null }|{ body?: "hello"; hello: hac.v1.HelloResponse.$Shape; regRead?: null; regWrite?: null; memWrite?: null; memRead?: null; memDigest?: null; runQuery?: null; appendToken?: null; resetContext?: null; readResult?: null; readCounters?: null; reset?: null; ping?: null; runQueries?: null; clearFence?: null }|{ body?: "regRead"; hello?: null; regRead: hac.v1.RegReadResponse.$Shape; regWrite?: null; memWrite?: null; memRead?: null; memDigest?: null; runQuery?: null; appendToken?: null; resetContext?: null; readResult?: null; readCounters?: null; reset?: null; ping?: null; runQueries?: null; clearFence?: null }|{ body?: "regWrite"; hello?: null; regRead?: null; regWrite: hac.v1.RegWriteResponse.$Shape; memWrite?: null; memRead?: null; memDigest?: null; runQuery?: null; appendToken?: null; resetContext?: null; readResult?: null; readCounters?: null; reset?: null; ping?: null; runQueries?: null; clearFence?: null }|{ body?: "memWrite"; hello?: null; regRead?: null; regWrite?: null; memWrite: hac.v1.MemWriteResponse.$Shape; memRead?: null; memDigest?: null; runQuery?: null; appendToken?: null; resetContext?: null; readResult?: null; readCounters?: null; reset?: null; ping?: null; runQueries?: null; clearFence?: null }|{ body?: "memRead"; hello?: null; regRead?: null; regWrite?: null; memWrite?: null; memRead: hac.v1.MemReadResponse.$Shape; memDigest?: null; runQuery?: null; appendToken?: null; resetContext?: null; readResult?: null; readCounters?: null; reset?: null; ping?: null; runQueries?: null; clearFence?: null }|{ body?: "memDigest"; hello?: null; regRead?: null; regWrite?: null; memWrite?: null; memRead?: null; memDigest: hac.v1.MemDigestResponse.$Shape; runQuery?: null; appendToken?: null; resetContext?: null; readResult?: null; readCounters?: null; reset?: null; ping?: null; runQueries?: null; clearFence?: null }|{ body?: "runQuery"; hello?: null; regRead?: null; regWrite?: null; memWrite?: null; memRead?: null; memDigest?: null; runQuery: hac.v1.RunQueryResponse.$Shape; appendToken?: null; resetContext?: null; readResult?: null; readCounters?: null; reset?: null; ping?: null; runQueries?: null; clearFence?: null }|{ body?: "appendToken"; hello?: null; regRead?: null; regWrite?: null; memWrite?: null; memRead?: null; memDigest?: null; runQuery?: null; appendToken: hac.v1.AppendTokenResponse.$Shape; resetContext?: null; readResult?: null; readCounters?: null; reset?: null; ping?: null; runQueries?: null; clearFence?: null }|{ body?: "resetContext"; hello?: null; regRead?: null; regWrite?: null; memWrite?: null; memRead?: null; memDigest?: null; runQuery?: null; appendToken?: null; resetContext: hac.v1.ResetContextResponse.$Shape; readResult?: null; readCounters?: null; reset?: null; ping?: null; runQueries?: null; clearFence?: null }|{ body?: "readResult"; hello?: null; regRead?: null; regWrite?: null; memWrite?: null; memRead?: null; memDigest?: null; runQuery?: null; appendToken?: null; resetContext?: null; readResult: hac.v1.ReadResultResponse.$Shape; readCounters?: null; reset?: null; ping?: null; runQueries?: null; clearFence?: null }|{ body?: "readCounters"; hello?: null; regRead?: null; regWrite?: null; memWrite?: null; memRead?: null; memDigest?: null; runQuery?: null; appendToken?: null; resetContext?: null; readResult?: null; readCounters: hac.v1.ReadCountersResponse.$Shape; reset?: null; ping?: null; runQueries?: null; clearFence?: null }|{ body?: "reset"; hello?: null; regRead?: null; regWrite?: null; memWrite?: null; memRead?: null; memDigest?: null; runQuery?: null; appendToken?: null; resetContext?: null; readResult?: null; readCounters?: null; reset: hac.v1.ResetResponse.$Shape; ping?: null; runQueries?: null; clearFence?: null }|{ body?: "ping"; hello?: null; regRead?: null; regWrite?: null; memWrite?: null; memRead?: null; memDigest?: null; runQuery?: null; appendToken?: null; resetContext?: null; readResult?: null; readCounters?: null; reset?: null; ping: hac.v1.PingResponse.$Shape; runQueries?: null; clearFence?: null }|{ body?: "runQueries"; hello?: null; regRead?: null; regWrite?: null; memWrite?: null; memRead?: null; memDigest?: null; runQuery?: null; appendToken?: null; resetContext?: null; readResult?: null; readCounters?: null; reset?: null; ping?: null; runQueries: hac.v1.RunQueriesResponse.$Shape; clearFence?: null }|{ body?: "clearFence"; hello?: null; regRead?: null; regWrite?: null; memWrite?: null; memRead?: null; memDigest?: null; runQuery?: null; appendToken?: null; resetContext?: null; readResult?: null; readCounters?: null; reset?: null; ping?: null; runQueries?: null; clearFence: hac.v1.ClearFenceResponse.$Shape })
            );
        }

        /**
         * Properties of an Event.
         * @deprecated Use hac.v1.Event.$Properties instead.
         */
        interface IEvent extends hac.v1.Event.$Properties {
        }

        /** Represents an Event. */
        class Event {

            /**
             * Constructs a new Event.
             * @param [properties] Properties to set
             */
            constructor(properties?: hac.v1.Event.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Event eventSeq. */
            eventSeq: number;

            /** Event log. */
            log?: (hac.v1.LogLine.$Properties|null);

            /** Event jobDone. */
            jobDone?: (hac.v1.JobDone.$Properties|null);

            /** Event fault. */
            fault?: (hac.v1.Fault.$Properties|null);

            /** Event body. */
            body?: ("log"|"jobDone"|"fault");

            /**
             * Creates a new Event instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Event instance
             */
            static create(properties: hac.v1.Event.$Shape): hac.v1.Event & hac.v1.Event.$Shape;
            static create(properties?: hac.v1.Event.$Properties): hac.v1.Event;

            /**
             * Encodes the specified Event message. Does not implicitly {@link hac.v1.Event.verify|verify} messages.
             * @param message Event message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hac.v1.Event.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Event message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hac.v1.Event & hac.v1.Event.$Shape} Event
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hac.v1.Event & hac.v1.Event.$Shape;

            /**
             * Creates an Event message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Event
             */
            static fromObject(object: { [k: string]: any }): hac.v1.Event;

            /**
             * Creates a plain object from an Event message. Also converts values to other types if specified.
             * @param message Event
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hac.v1.Event, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Event to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Event
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Event {

            /** Properties of an Event. */
            interface $Properties {

                /** Event eventSeq */
                eventSeq?: (number|null);

                /** Event log */
                log?: (hac.v1.LogLine.$Properties|null);

                /** Event jobDone */
                jobDone?: (hac.v1.JobDone.$Properties|null);

                /** Event fault */
                fault?: (hac.v1.Fault.$Properties|null);

                /** Event body */
                body?: ("log"|"jobDone"|"fault");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of an Event. */
            type $Shape = {
              eventSeq?: number|null;
              log?: hac.v1.LogLine.$Shape|null;
              jobDone?: hac.v1.JobDone.$Shape|null;
              fault?: hac.v1.Fault.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; log?: null; jobDone?: null; fault?: null }|{ body?: "log"; log: hac.v1.LogLine.$Shape; jobDone?: null; fault?: null }|{ body?: "jobDone"; log?: null; jobDone: hac.v1.JobDone.$Shape; fault?: null }|{ body?: "fault"; log?: null; jobDone?: null; fault: hac.v1.Fault.$Shape })
            );
        }

        /**
         * Properties of a HelloRequest.
         * @deprecated Use hac.v1.HelloRequest.$Properties instead.
         */
        interface IHelloRequest extends hac.v1.HelloRequest.$Properties {
        }

        /** Represents a HelloRequest. */
        class HelloRequest {

            /**
             * Constructs a new HelloRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: hac.v1.HelloRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HelloRequest protocolVersion. */
            protocolVersion: number;

            /** HelloRequest schemaHash. */
            schemaHash: number;

            /** HelloRequest registerMapHash. */
            registerMapHash: number;

            /** HelloRequest capabilities. */
            capabilities: number;

            /** HelloRequest maxFrame. */
            maxFrame: number;

            /** HelloRequest client. */
            client: string;

            /** HelloRequest sessionId. */
            sessionId: number;

            /** HelloRequest nextSeq. */
            nextSeq: number;

            /**
             * Creates a new HelloRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HelloRequest instance
             */
            static create(properties: hac.v1.HelloRequest.$Shape): hac.v1.HelloRequest & hac.v1.HelloRequest.$Shape;
            static create(properties?: hac.v1.HelloRequest.$Properties): hac.v1.HelloRequest;

            /**
             * Encodes the specified HelloRequest message. Does not implicitly {@link hac.v1.HelloRequest.verify|verify} messages.
             * @param message HelloRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hac.v1.HelloRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HelloRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hac.v1.HelloRequest & hac.v1.HelloRequest.$Shape} HelloRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hac.v1.HelloRequest & hac.v1.HelloRequest.$Shape;

            /**
             * Creates a HelloRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HelloRequest
             */
            static fromObject(object: { [k: string]: any }): hac.v1.HelloRequest;

            /**
             * Creates a plain object from a HelloRequest message. Also converts values to other types if specified.
             * @param message HelloRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hac.v1.HelloRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HelloRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for HelloRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HelloRequest {

            /** Properties of a HelloRequest. */
            interface $Properties {

                /** HelloRequest protocolVersion */
                protocolVersion?: (number|null);

                /** HelloRequest schemaHash */
                schemaHash?: (number|null);

                /** HelloRequest registerMapHash */
                registerMapHash?: (number|null);

                /** HelloRequest capabilities */
                capabilities?: (number|null);

                /** HelloRequest maxFrame */
                maxFrame?: (number|null);

                /** HelloRequest client */
                client?: (string|null);

                /** HelloRequest sessionId */
                sessionId?: (number|null);

                /** HelloRequest nextSeq */
                nextSeq?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HelloRequest. */
            type $Shape = hac.v1.HelloRequest.$Properties;
        }

        /**
         * Properties of a HelloResponse.
         * @deprecated Use hac.v1.HelloResponse.$Properties instead.
         */
        interface IHelloResponse extends hac.v1.HelloResponse.$Properties {
        }

        /** Represents a HelloResponse. */
        class HelloResponse {

            /**
             * Constructs a new HelloResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: hac.v1.HelloResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HelloResponse protocolVersion. */
            protocolVersion: number;

            /** HelloResponse minProtocolVersion. */
            minProtocolVersion: number;

            /** HelloResponse schemaHash. */
            schemaHash: number;

            /** HelloResponse registerMapHash. */
            registerMapHash: number;

            /** HelloResponse chipId. */
            chipId: number;

            /** HelloResponse revision. */
            revision: number;

            /** HelloResponse capabilities. */
            capabilities: number;

            /** HelloResponse maxFrame. */
            maxFrame: number;

            /** HelloResponse window. */
            window: number;

            /** HelloResponse bootEpoch. */
            bootEpoch: number;

            /** HelloResponse firmware. */
            firmware: string;

            /** HelloResponse maxTokens. */
            maxTokens: number;

            /** HelloResponse headDim. */
            headDim: number;

            /** HelloResponse tileTokens. */
            tileTokens: number;

            /** HelloResponse heads. */
            heads: number;

            /**
             * Creates a new HelloResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HelloResponse instance
             */
            static create(properties: hac.v1.HelloResponse.$Shape): hac.v1.HelloResponse & hac.v1.HelloResponse.$Shape;
            static create(properties?: hac.v1.HelloResponse.$Properties): hac.v1.HelloResponse;

            /**
             * Encodes the specified HelloResponse message. Does not implicitly {@link hac.v1.HelloResponse.verify|verify} messages.
             * @param message HelloResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hac.v1.HelloResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HelloResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hac.v1.HelloResponse & hac.v1.HelloResponse.$Shape} HelloResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hac.v1.HelloResponse & hac.v1.HelloResponse.$Shape;

            /**
             * Creates a HelloResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HelloResponse
             */
            static fromObject(object: { [k: string]: any }): hac.v1.HelloResponse;

            /**
             * Creates a plain object from a HelloResponse message. Also converts values to other types if specified.
             * @param message HelloResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hac.v1.HelloResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HelloResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for HelloResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HelloResponse {

            /** Properties of a HelloResponse. */
            interface $Properties {

                /** HelloResponse protocolVersion */
                protocolVersion?: (number|null);

                /** HelloResponse minProtocolVersion */
                minProtocolVersion?: (number|null);

                /** HelloResponse schemaHash */
                schemaHash?: (number|null);

                /** HelloResponse registerMapHash */
                registerMapHash?: (number|null);

                /** HelloResponse chipId */
                chipId?: (number|null);

                /** HelloResponse revision */
                revision?: (number|null);

                /** HelloResponse capabilities */
                capabilities?: (number|null);

                /** HelloResponse maxFrame */
                maxFrame?: (number|null);

                /** HelloResponse window */
                window?: (number|null);

                /** HelloResponse bootEpoch */
                bootEpoch?: (number|null);

                /** HelloResponse firmware */
                firmware?: (string|null);

                /** HelloResponse maxTokens */
                maxTokens?: (number|null);

                /** HelloResponse headDim */
                headDim?: (number|null);

                /** HelloResponse tileTokens */
                tileTokens?: (number|null);

                /** HelloResponse heads */
                heads?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HelloResponse. */
            type $Shape = hac.v1.HelloResponse.$Properties;
        }

        /**
         * Properties of a RegReadRequest.
         * @deprecated Use hac.v1.RegReadRequest.$Properties instead.
         */
        interface IRegReadRequest extends hac.v1.RegReadRequest.$Properties {
        }

        /** Represents a RegReadRequest. */
        class RegReadRequest {

            /**
             * Constructs a new RegReadRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: hac.v1.RegReadRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RegReadRequest addresses. */
            addresses: number[];

            /**
             * Creates a new RegReadRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RegReadRequest instance
             */
            static create(properties: hac.v1.RegReadRequest.$Shape): hac.v1.RegReadRequest & hac.v1.RegReadRequest.$Shape;
            static create(properties?: hac.v1.RegReadRequest.$Properties): hac.v1.RegReadRequest;

            /**
             * Encodes the specified RegReadRequest message. Does not implicitly {@link hac.v1.RegReadRequest.verify|verify} messages.
             * @param message RegReadRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hac.v1.RegReadRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RegReadRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hac.v1.RegReadRequest & hac.v1.RegReadRequest.$Shape} RegReadRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hac.v1.RegReadRequest & hac.v1.RegReadRequest.$Shape;

            /**
             * Creates a RegReadRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RegReadRequest
             */
            static fromObject(object: { [k: string]: any }): hac.v1.RegReadRequest;

            /**
             * Creates a plain object from a RegReadRequest message. Also converts values to other types if specified.
             * @param message RegReadRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hac.v1.RegReadRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RegReadRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RegReadRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RegReadRequest {

            /** Properties of a RegReadRequest. */
            interface $Properties {

                /** RegReadRequest addresses */
                addresses?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RegReadRequest. */
            type $Shape = hac.v1.RegReadRequest.$Properties;
        }

        /**
         * Properties of a RegReadResponse.
         * @deprecated Use hac.v1.RegReadResponse.$Properties instead.
         */
        interface IRegReadResponse extends hac.v1.RegReadResponse.$Properties {
        }

        /** Represents a RegReadResponse. */
        class RegReadResponse {

            /**
             * Constructs a new RegReadResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: hac.v1.RegReadResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RegReadResponse values. */
            values: number[];

            /**
             * Creates a new RegReadResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RegReadResponse instance
             */
            static create(properties: hac.v1.RegReadResponse.$Shape): hac.v1.RegReadResponse & hac.v1.RegReadResponse.$Shape;
            static create(properties?: hac.v1.RegReadResponse.$Properties): hac.v1.RegReadResponse;

            /**
             * Encodes the specified RegReadResponse message. Does not implicitly {@link hac.v1.RegReadResponse.verify|verify} messages.
             * @param message RegReadResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hac.v1.RegReadResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RegReadResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hac.v1.RegReadResponse & hac.v1.RegReadResponse.$Shape} RegReadResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hac.v1.RegReadResponse & hac.v1.RegReadResponse.$Shape;

            /**
             * Creates a RegReadResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RegReadResponse
             */
            static fromObject(object: { [k: string]: any }): hac.v1.RegReadResponse;

            /**
             * Creates a plain object from a RegReadResponse message. Also converts values to other types if specified.
             * @param message RegReadResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hac.v1.RegReadResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RegReadResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RegReadResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RegReadResponse {

            /** Properties of a RegReadResponse. */
            interface $Properties {

                /** RegReadResponse values */
                values?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RegReadResponse. */
            type $Shape = hac.v1.RegReadResponse.$Properties;
        }

        /**
         * Properties of a RegWrite.
         * @deprecated Use hac.v1.RegWrite.$Properties instead.
         */
        interface IRegWrite extends hac.v1.RegWrite.$Properties {
        }

        /** Represents a RegWrite. */
        class RegWrite {

            /**
             * Constructs a new RegWrite.
             * @param [properties] Properties to set
             */
            constructor(properties?: hac.v1.RegWrite.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RegWrite address. */
            address: number;

            /** RegWrite value. */
            value: number;

            /** RegWrite mask. */
            mask?: (number|null);

            /**
             * Creates a new RegWrite instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RegWrite instance
             */
            static create(properties: hac.v1.RegWrite.$Shape): hac.v1.RegWrite & hac.v1.RegWrite.$Shape;
            static create(properties?: hac.v1.RegWrite.$Properties): hac.v1.RegWrite;

            /**
             * Encodes the specified RegWrite message. Does not implicitly {@link hac.v1.RegWrite.verify|verify} messages.
             * @param message RegWrite message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hac.v1.RegWrite.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RegWrite message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hac.v1.RegWrite & hac.v1.RegWrite.$Shape} RegWrite
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hac.v1.RegWrite & hac.v1.RegWrite.$Shape;

            /**
             * Creates a RegWrite message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RegWrite
             */
            static fromObject(object: { [k: string]: any }): hac.v1.RegWrite;

            /**
             * Creates a plain object from a RegWrite message. Also converts values to other types if specified.
             * @param message RegWrite
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hac.v1.RegWrite, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RegWrite to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RegWrite
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RegWrite {

            /** Properties of a RegWrite. */
            interface $Properties {

                /** RegWrite address */
                address?: (number|null);

                /** RegWrite value */
                value?: (number|null);

                /** RegWrite mask */
                mask?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RegWrite. */
            type $Shape = hac.v1.RegWrite.$Properties;
        }

        /**
         * Properties of a RegWriteRequest.
         * @deprecated Use hac.v1.RegWriteRequest.$Properties instead.
         */
        interface IRegWriteRequest extends hac.v1.RegWriteRequest.$Properties {
        }

        /** Represents a RegWriteRequest. */
        class RegWriteRequest {

            /**
             * Constructs a new RegWriteRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: hac.v1.RegWriteRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RegWriteRequest writes. */
            writes: hac.v1.RegWrite.$Properties[];

            /**
             * Creates a new RegWriteRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RegWriteRequest instance
             */
            static create(properties: hac.v1.RegWriteRequest.$Shape): hac.v1.RegWriteRequest & hac.v1.RegWriteRequest.$Shape;
            static create(properties?: hac.v1.RegWriteRequest.$Properties): hac.v1.RegWriteRequest;

            /**
             * Encodes the specified RegWriteRequest message. Does not implicitly {@link hac.v1.RegWriteRequest.verify|verify} messages.
             * @param message RegWriteRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hac.v1.RegWriteRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RegWriteRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hac.v1.RegWriteRequest & hac.v1.RegWriteRequest.$Shape} RegWriteRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hac.v1.RegWriteRequest & hac.v1.RegWriteRequest.$Shape;

            /**
             * Creates a RegWriteRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RegWriteRequest
             */
            static fromObject(object: { [k: string]: any }): hac.v1.RegWriteRequest;

            /**
             * Creates a plain object from a RegWriteRequest message. Also converts values to other types if specified.
             * @param message RegWriteRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hac.v1.RegWriteRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RegWriteRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RegWriteRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RegWriteRequest {

            /** Properties of a RegWriteRequest. */
            interface $Properties {

                /** RegWriteRequest writes */
                writes?: (hac.v1.RegWrite.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RegWriteRequest. */
            type $Shape = hac.v1.RegWriteRequest.$Properties;
        }

        /**
         * Properties of a RegWriteResponse.
         * @deprecated Use hac.v1.RegWriteResponse.$Properties instead.
         */
        interface IRegWriteResponse extends hac.v1.RegWriteResponse.$Properties {
        }

        /** Represents a RegWriteResponse. */
        class RegWriteResponse {

            /**
             * Constructs a new RegWriteResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: hac.v1.RegWriteResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RegWriteResponse count. */
            count: number;

            /**
             * Creates a new RegWriteResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RegWriteResponse instance
             */
            static create(properties: hac.v1.RegWriteResponse.$Shape): hac.v1.RegWriteResponse & hac.v1.RegWriteResponse.$Shape;
            static create(properties?: hac.v1.RegWriteResponse.$Properties): hac.v1.RegWriteResponse;

            /**
             * Encodes the specified RegWriteResponse message. Does not implicitly {@link hac.v1.RegWriteResponse.verify|verify} messages.
             * @param message RegWriteResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hac.v1.RegWriteResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RegWriteResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hac.v1.RegWriteResponse & hac.v1.RegWriteResponse.$Shape} RegWriteResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hac.v1.RegWriteResponse & hac.v1.RegWriteResponse.$Shape;

            /**
             * Creates a RegWriteResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RegWriteResponse
             */
            static fromObject(object: { [k: string]: any }): hac.v1.RegWriteResponse;

            /**
             * Creates a plain object from a RegWriteResponse message. Also converts values to other types if specified.
             * @param message RegWriteResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hac.v1.RegWriteResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RegWriteResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RegWriteResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RegWriteResponse {

            /** Properties of a RegWriteResponse. */
            interface $Properties {

                /** RegWriteResponse count */
                count?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RegWriteResponse. */
            type $Shape = hac.v1.RegWriteResponse.$Properties;
        }

        /**
         * Properties of a MemWriteRequest.
         * @deprecated Use hac.v1.MemWriteRequest.$Properties instead.
         */
        interface IMemWriteRequest extends hac.v1.MemWriteRequest.$Properties {
        }

        /** Represents a MemWriteRequest. */
        class MemWriteRequest {

            /**
             * Constructs a new MemWriteRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: hac.v1.MemWriteRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MemWriteRequest region. */
            region: hac.v1.Region;

            /** MemWriteRequest offset. */
            offset: number;

            /** MemWriteRequest data. */
            data: Uint8Array;

            /** MemWriteRequest dataCrc. */
            dataCrc: number;

            /**
             * Creates a new MemWriteRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MemWriteRequest instance
             */
            static create(properties: hac.v1.MemWriteRequest.$Shape): hac.v1.MemWriteRequest & hac.v1.MemWriteRequest.$Shape;
            static create(properties?: hac.v1.MemWriteRequest.$Properties): hac.v1.MemWriteRequest;

            /**
             * Encodes the specified MemWriteRequest message. Does not implicitly {@link hac.v1.MemWriteRequest.verify|verify} messages.
             * @param message MemWriteRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hac.v1.MemWriteRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MemWriteRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hac.v1.MemWriteRequest & hac.v1.MemWriteRequest.$Shape} MemWriteRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hac.v1.MemWriteRequest & hac.v1.MemWriteRequest.$Shape;

            /**
             * Creates a MemWriteRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MemWriteRequest
             */
            static fromObject(object: { [k: string]: any }): hac.v1.MemWriteRequest;

            /**
             * Creates a plain object from a MemWriteRequest message. Also converts values to other types if specified.
             * @param message MemWriteRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hac.v1.MemWriteRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MemWriteRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MemWriteRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MemWriteRequest {

            /** Properties of a MemWriteRequest. */
            interface $Properties {

                /** MemWriteRequest region */
                region?: (hac.v1.Region|null);

                /** MemWriteRequest offset */
                offset?: (number|null);

                /** MemWriteRequest data */
                data?: (Uint8Array|null);

                /** MemWriteRequest dataCrc */
                dataCrc?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MemWriteRequest. */
            type $Shape = hac.v1.MemWriteRequest.$Properties;
        }

        /**
         * Properties of a MemWriteResponse.
         * @deprecated Use hac.v1.MemWriteResponse.$Properties instead.
         */
        interface IMemWriteResponse extends hac.v1.MemWriteResponse.$Properties {
        }

        /** Represents a MemWriteResponse. */
        class MemWriteResponse {

            /**
             * Constructs a new MemWriteResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: hac.v1.MemWriteResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MemWriteResponse nextOffset. */
            nextOffset: number;

            /**
             * Creates a new MemWriteResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MemWriteResponse instance
             */
            static create(properties: hac.v1.MemWriteResponse.$Shape): hac.v1.MemWriteResponse & hac.v1.MemWriteResponse.$Shape;
            static create(properties?: hac.v1.MemWriteResponse.$Properties): hac.v1.MemWriteResponse;

            /**
             * Encodes the specified MemWriteResponse message. Does not implicitly {@link hac.v1.MemWriteResponse.verify|verify} messages.
             * @param message MemWriteResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hac.v1.MemWriteResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MemWriteResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hac.v1.MemWriteResponse & hac.v1.MemWriteResponse.$Shape} MemWriteResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hac.v1.MemWriteResponse & hac.v1.MemWriteResponse.$Shape;

            /**
             * Creates a MemWriteResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MemWriteResponse
             */
            static fromObject(object: { [k: string]: any }): hac.v1.MemWriteResponse;

            /**
             * Creates a plain object from a MemWriteResponse message. Also converts values to other types if specified.
             * @param message MemWriteResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hac.v1.MemWriteResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MemWriteResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MemWriteResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MemWriteResponse {

            /** Properties of a MemWriteResponse. */
            interface $Properties {

                /** MemWriteResponse nextOffset */
                nextOffset?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MemWriteResponse. */
            type $Shape = hac.v1.MemWriteResponse.$Properties;
        }

        /**
         * Properties of a MemReadRequest.
         * @deprecated Use hac.v1.MemReadRequest.$Properties instead.
         */
        interface IMemReadRequest extends hac.v1.MemReadRequest.$Properties {
        }

        /** Represents a MemReadRequest. */
        class MemReadRequest {

            /**
             * Constructs a new MemReadRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: hac.v1.MemReadRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MemReadRequest region. */
            region: hac.v1.Region;

            /** MemReadRequest offset. */
            offset: number;

            /** MemReadRequest length. */
            length: number;

            /**
             * Creates a new MemReadRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MemReadRequest instance
             */
            static create(properties: hac.v1.MemReadRequest.$Shape): hac.v1.MemReadRequest & hac.v1.MemReadRequest.$Shape;
            static create(properties?: hac.v1.MemReadRequest.$Properties): hac.v1.MemReadRequest;

            /**
             * Encodes the specified MemReadRequest message. Does not implicitly {@link hac.v1.MemReadRequest.verify|verify} messages.
             * @param message MemReadRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hac.v1.MemReadRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MemReadRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hac.v1.MemReadRequest & hac.v1.MemReadRequest.$Shape} MemReadRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hac.v1.MemReadRequest & hac.v1.MemReadRequest.$Shape;

            /**
             * Creates a MemReadRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MemReadRequest
             */
            static fromObject(object: { [k: string]: any }): hac.v1.MemReadRequest;

            /**
             * Creates a plain object from a MemReadRequest message. Also converts values to other types if specified.
             * @param message MemReadRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hac.v1.MemReadRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MemReadRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MemReadRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MemReadRequest {

            /** Properties of a MemReadRequest. */
            interface $Properties {

                /** MemReadRequest region */
                region?: (hac.v1.Region|null);

                /** MemReadRequest offset */
                offset?: (number|null);

                /** MemReadRequest length */
                length?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MemReadRequest. */
            type $Shape = hac.v1.MemReadRequest.$Properties;
        }

        /**
         * Properties of a MemReadResponse.
         * @deprecated Use hac.v1.MemReadResponse.$Properties instead.
         */
        interface IMemReadResponse extends hac.v1.MemReadResponse.$Properties {
        }

        /** Represents a MemReadResponse. */
        class MemReadResponse {

            /**
             * Constructs a new MemReadResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: hac.v1.MemReadResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MemReadResponse data. */
            data: Uint8Array;

            /** MemReadResponse dataCrc. */
            dataCrc: number;

            /**
             * Creates a new MemReadResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MemReadResponse instance
             */
            static create(properties: hac.v1.MemReadResponse.$Shape): hac.v1.MemReadResponse & hac.v1.MemReadResponse.$Shape;
            static create(properties?: hac.v1.MemReadResponse.$Properties): hac.v1.MemReadResponse;

            /**
             * Encodes the specified MemReadResponse message. Does not implicitly {@link hac.v1.MemReadResponse.verify|verify} messages.
             * @param message MemReadResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hac.v1.MemReadResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MemReadResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hac.v1.MemReadResponse & hac.v1.MemReadResponse.$Shape} MemReadResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hac.v1.MemReadResponse & hac.v1.MemReadResponse.$Shape;

            /**
             * Creates a MemReadResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MemReadResponse
             */
            static fromObject(object: { [k: string]: any }): hac.v1.MemReadResponse;

            /**
             * Creates a plain object from a MemReadResponse message. Also converts values to other types if specified.
             * @param message MemReadResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hac.v1.MemReadResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MemReadResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MemReadResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MemReadResponse {

            /** Properties of a MemReadResponse. */
            interface $Properties {

                /** MemReadResponse data */
                data?: (Uint8Array|null);

                /** MemReadResponse dataCrc */
                dataCrc?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MemReadResponse. */
            type $Shape = hac.v1.MemReadResponse.$Properties;
        }

        /**
         * Properties of a MemDigestRequest.
         * @deprecated Use hac.v1.MemDigestRequest.$Properties instead.
         */
        interface IMemDigestRequest extends hac.v1.MemDigestRequest.$Properties {
        }

        /** Represents a MemDigestRequest. */
        class MemDigestRequest {

            /**
             * Constructs a new MemDigestRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: hac.v1.MemDigestRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MemDigestRequest region. */
            region: hac.v1.Region;

            /** MemDigestRequest offset. */
            offset: number;

            /** MemDigestRequest length. */
            length: number;

            /** MemDigestRequest expectSha256. */
            expectSha256: Uint8Array;

            /**
             * Creates a new MemDigestRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MemDigestRequest instance
             */
            static create(properties: hac.v1.MemDigestRequest.$Shape): hac.v1.MemDigestRequest & hac.v1.MemDigestRequest.$Shape;
            static create(properties?: hac.v1.MemDigestRequest.$Properties): hac.v1.MemDigestRequest;

            /**
             * Encodes the specified MemDigestRequest message. Does not implicitly {@link hac.v1.MemDigestRequest.verify|verify} messages.
             * @param message MemDigestRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hac.v1.MemDigestRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MemDigestRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hac.v1.MemDigestRequest & hac.v1.MemDigestRequest.$Shape} MemDigestRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hac.v1.MemDigestRequest & hac.v1.MemDigestRequest.$Shape;

            /**
             * Creates a MemDigestRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MemDigestRequest
             */
            static fromObject(object: { [k: string]: any }): hac.v1.MemDigestRequest;

            /**
             * Creates a plain object from a MemDigestRequest message. Also converts values to other types if specified.
             * @param message MemDigestRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hac.v1.MemDigestRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MemDigestRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MemDigestRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MemDigestRequest {

            /** Properties of a MemDigestRequest. */
            interface $Properties {

                /** MemDigestRequest region */
                region?: (hac.v1.Region|null);

                /** MemDigestRequest offset */
                offset?: (number|null);

                /** MemDigestRequest length */
                length?: (number|null);

                /** MemDigestRequest expectSha256 */
                expectSha256?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MemDigestRequest. */
            type $Shape = hac.v1.MemDigestRequest.$Properties;
        }

        /**
         * Properties of a ClearFenceRequest.
         * @deprecated Use hac.v1.ClearFenceRequest.$Properties instead.
         */
        interface IClearFenceRequest extends hac.v1.ClearFenceRequest.$Properties {
        }

        /** Represents a ClearFenceRequest. */
        class ClearFenceRequest {

            /**
             * Constructs a new ClearFenceRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: hac.v1.ClearFenceRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new ClearFenceRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ClearFenceRequest instance
             */
            static create(properties: hac.v1.ClearFenceRequest.$Shape): hac.v1.ClearFenceRequest & hac.v1.ClearFenceRequest.$Shape;
            static create(properties?: hac.v1.ClearFenceRequest.$Properties): hac.v1.ClearFenceRequest;

            /**
             * Encodes the specified ClearFenceRequest message. Does not implicitly {@link hac.v1.ClearFenceRequest.verify|verify} messages.
             * @param message ClearFenceRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hac.v1.ClearFenceRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ClearFenceRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hac.v1.ClearFenceRequest & hac.v1.ClearFenceRequest.$Shape} ClearFenceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hac.v1.ClearFenceRequest & hac.v1.ClearFenceRequest.$Shape;

            /**
             * Creates a ClearFenceRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ClearFenceRequest
             */
            static fromObject(object: { [k: string]: any }): hac.v1.ClearFenceRequest;

            /**
             * Creates a plain object from a ClearFenceRequest message. Also converts values to other types if specified.
             * @param message ClearFenceRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hac.v1.ClearFenceRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ClearFenceRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ClearFenceRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ClearFenceRequest {

            /** Properties of a ClearFenceRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ClearFenceRequest. */
            type $Shape = hac.v1.ClearFenceRequest.$Properties;
        }

        /**
         * Properties of a ClearFenceResponse.
         * @deprecated Use hac.v1.ClearFenceResponse.$Properties instead.
         */
        interface IClearFenceResponse extends hac.v1.ClearFenceResponse.$Properties {
        }

        /** Represents a ClearFenceResponse. */
        class ClearFenceResponse {

            /**
             * Constructs a new ClearFenceResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: hac.v1.ClearFenceResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ClearFenceResponse refused. */
            refused: number;

            /**
             * Creates a new ClearFenceResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ClearFenceResponse instance
             */
            static create(properties: hac.v1.ClearFenceResponse.$Shape): hac.v1.ClearFenceResponse & hac.v1.ClearFenceResponse.$Shape;
            static create(properties?: hac.v1.ClearFenceResponse.$Properties): hac.v1.ClearFenceResponse;

            /**
             * Encodes the specified ClearFenceResponse message. Does not implicitly {@link hac.v1.ClearFenceResponse.verify|verify} messages.
             * @param message ClearFenceResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hac.v1.ClearFenceResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ClearFenceResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hac.v1.ClearFenceResponse & hac.v1.ClearFenceResponse.$Shape} ClearFenceResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hac.v1.ClearFenceResponse & hac.v1.ClearFenceResponse.$Shape;

            /**
             * Creates a ClearFenceResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ClearFenceResponse
             */
            static fromObject(object: { [k: string]: any }): hac.v1.ClearFenceResponse;

            /**
             * Creates a plain object from a ClearFenceResponse message. Also converts values to other types if specified.
             * @param message ClearFenceResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hac.v1.ClearFenceResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ClearFenceResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ClearFenceResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ClearFenceResponse {

            /** Properties of a ClearFenceResponse. */
            interface $Properties {

                /** ClearFenceResponse refused */
                refused?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ClearFenceResponse. */
            type $Shape = hac.v1.ClearFenceResponse.$Properties;
        }

        /**
         * Properties of a MemDigestResponse.
         * @deprecated Use hac.v1.MemDigestResponse.$Properties instead.
         */
        interface IMemDigestResponse extends hac.v1.MemDigestResponse.$Properties {
        }

        /** Represents a MemDigestResponse. */
        class MemDigestResponse {

            /**
             * Constructs a new MemDigestResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: hac.v1.MemDigestResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MemDigestResponse sha256. */
            sha256: Uint8Array;

            /** MemDigestResponse crc32. */
            crc32: number;

            /**
             * Creates a new MemDigestResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MemDigestResponse instance
             */
            static create(properties: hac.v1.MemDigestResponse.$Shape): hac.v1.MemDigestResponse & hac.v1.MemDigestResponse.$Shape;
            static create(properties?: hac.v1.MemDigestResponse.$Properties): hac.v1.MemDigestResponse;

            /**
             * Encodes the specified MemDigestResponse message. Does not implicitly {@link hac.v1.MemDigestResponse.verify|verify} messages.
             * @param message MemDigestResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hac.v1.MemDigestResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MemDigestResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hac.v1.MemDigestResponse & hac.v1.MemDigestResponse.$Shape} MemDigestResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hac.v1.MemDigestResponse & hac.v1.MemDigestResponse.$Shape;

            /**
             * Creates a MemDigestResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MemDigestResponse
             */
            static fromObject(object: { [k: string]: any }): hac.v1.MemDigestResponse;

            /**
             * Creates a plain object from a MemDigestResponse message. Also converts values to other types if specified.
             * @param message MemDigestResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hac.v1.MemDigestResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MemDigestResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MemDigestResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MemDigestResponse {

            /** Properties of a MemDigestResponse. */
            interface $Properties {

                /** MemDigestResponse sha256 */
                sha256?: (Uint8Array|null);

                /** MemDigestResponse crc32 */
                crc32?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MemDigestResponse. */
            type $Shape = hac.v1.MemDigestResponse.$Properties;
        }

        /**
         * Properties of a QuerySettings.
         * @deprecated Use hac.v1.QuerySettings.$Properties instead.
         */
        interface IQuerySettings extends hac.v1.QuerySettings.$Properties {
        }

        /** Represents a QuerySettings. */
        class QuerySettings {

            /**
             * Constructs a new QuerySettings.
             * @param [properties] Properties to set
             */
            constructor(properties?: hac.v1.QuerySettings.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** QuerySettings scoreScale. */
            scoreScale?: (number|null);

            /** QuerySettings margin. */
            margin?: (number|null);

            /** QuerySettings head. */
            head?: (number|null);

            /**
             * Creates a new QuerySettings instance using the specified properties.
             * @param [properties] Properties to set
             * @returns QuerySettings instance
             */
            static create(properties: hac.v1.QuerySettings.$Shape): hac.v1.QuerySettings & hac.v1.QuerySettings.$Shape;
            static create(properties?: hac.v1.QuerySettings.$Properties): hac.v1.QuerySettings;

            /**
             * Encodes the specified QuerySettings message. Does not implicitly {@link hac.v1.QuerySettings.verify|verify} messages.
             * @param message QuerySettings message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hac.v1.QuerySettings.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a QuerySettings message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hac.v1.QuerySettings & hac.v1.QuerySettings.$Shape} QuerySettings
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hac.v1.QuerySettings & hac.v1.QuerySettings.$Shape;

            /**
             * Creates a QuerySettings message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns QuerySettings
             */
            static fromObject(object: { [k: string]: any }): hac.v1.QuerySettings;

            /**
             * Creates a plain object from a QuerySettings message. Also converts values to other types if specified.
             * @param message QuerySettings
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hac.v1.QuerySettings, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this QuerySettings to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for QuerySettings
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace QuerySettings {

            /** Properties of a QuerySettings. */
            interface $Properties {

                /** QuerySettings scoreScale */
                scoreScale?: (number|null);

                /** QuerySettings margin */
                margin?: (number|null);

                /** QuerySettings head */
                head?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a QuerySettings. */
            type $Shape = hac.v1.QuerySettings.$Properties;
        }

        /**
         * Properties of a RunQueryRequest.
         * @deprecated Use hac.v1.RunQueryRequest.$Properties instead.
         */
        interface IRunQueryRequest extends hac.v1.RunQueryRequest.$Properties {
        }

        /** Represents a RunQueryRequest. */
        class RunQueryRequest {

            /**
             * Constructs a new RunQueryRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: hac.v1.RunQueryRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RunQueryRequest query. */
            query: Uint8Array;

            /** RunQueryRequest wantCodes. */
            wantCodes: boolean;

            /** RunQueryRequest settings. */
            settings?: (hac.v1.QuerySettings.$Properties|null);

            /**
             * Creates a new RunQueryRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RunQueryRequest instance
             */
            static create(properties: hac.v1.RunQueryRequest.$Shape): hac.v1.RunQueryRequest & hac.v1.RunQueryRequest.$Shape;
            static create(properties?: hac.v1.RunQueryRequest.$Properties): hac.v1.RunQueryRequest;

            /**
             * Encodes the specified RunQueryRequest message. Does not implicitly {@link hac.v1.RunQueryRequest.verify|verify} messages.
             * @param message RunQueryRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hac.v1.RunQueryRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RunQueryRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hac.v1.RunQueryRequest & hac.v1.RunQueryRequest.$Shape} RunQueryRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hac.v1.RunQueryRequest & hac.v1.RunQueryRequest.$Shape;

            /**
             * Creates a RunQueryRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RunQueryRequest
             */
            static fromObject(object: { [k: string]: any }): hac.v1.RunQueryRequest;

            /**
             * Creates a plain object from a RunQueryRequest message. Also converts values to other types if specified.
             * @param message RunQueryRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hac.v1.RunQueryRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RunQueryRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RunQueryRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RunQueryRequest {

            /** Properties of a RunQueryRequest. */
            interface $Properties {

                /** RunQueryRequest query */
                query?: (Uint8Array|null);

                /** RunQueryRequest wantCodes */
                wantCodes?: (boolean|null);

                /** RunQueryRequest settings */
                settings?: (hac.v1.QuerySettings.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RunQueryRequest. */
            type $Shape = hac.v1.RunQueryRequest.$Properties;
        }

        /**
         * Properties of a RunQueryResponse.
         * @deprecated Use hac.v1.RunQueryResponse.$Properties instead.
         */
        interface IRunQueryResponse extends hac.v1.RunQueryResponse.$Properties {
        }

        /** Represents a RunQueryResponse. */
        class RunQueryResponse {

            /**
             * Constructs a new RunQueryResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: hac.v1.RunQueryResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RunQueryResponse result. */
            result?: (hac.v1.QueryResult.$Properties|null);

            /**
             * Creates a new RunQueryResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RunQueryResponse instance
             */
            static create(properties: hac.v1.RunQueryResponse.$Shape): hac.v1.RunQueryResponse & hac.v1.RunQueryResponse.$Shape;
            static create(properties?: hac.v1.RunQueryResponse.$Properties): hac.v1.RunQueryResponse;

            /**
             * Encodes the specified RunQueryResponse message. Does not implicitly {@link hac.v1.RunQueryResponse.verify|verify} messages.
             * @param message RunQueryResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hac.v1.RunQueryResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RunQueryResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hac.v1.RunQueryResponse & hac.v1.RunQueryResponse.$Shape} RunQueryResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hac.v1.RunQueryResponse & hac.v1.RunQueryResponse.$Shape;

            /**
             * Creates a RunQueryResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RunQueryResponse
             */
            static fromObject(object: { [k: string]: any }): hac.v1.RunQueryResponse;

            /**
             * Creates a plain object from a RunQueryResponse message. Also converts values to other types if specified.
             * @param message RunQueryResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hac.v1.RunQueryResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RunQueryResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RunQueryResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RunQueryResponse {

            /** Properties of a RunQueryResponse. */
            interface $Properties {

                /** RunQueryResponse result */
                result?: (hac.v1.QueryResult.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RunQueryResponse. */
            type $Shape = hac.v1.RunQueryResponse.$Properties;
        }

        /**
         * Properties of a RunQueriesRequest.
         * @deprecated Use hac.v1.RunQueriesRequest.$Properties instead.
         */
        interface IRunQueriesRequest extends hac.v1.RunQueriesRequest.$Properties {
        }

        /** Represents a RunQueriesRequest. */
        class RunQueriesRequest {

            /**
             * Constructs a new RunQueriesRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: hac.v1.RunQueriesRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RunQueriesRequest queries. */
            queries: Uint8Array;

            /** RunQueriesRequest settings. */
            settings: hac.v1.QuerySettings.$Properties[];

            /** RunQueriesRequest wantCodes. */
            wantCodes: boolean;

            /**
             * Creates a new RunQueriesRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RunQueriesRequest instance
             */
            static create(properties: hac.v1.RunQueriesRequest.$Shape): hac.v1.RunQueriesRequest & hac.v1.RunQueriesRequest.$Shape;
            static create(properties?: hac.v1.RunQueriesRequest.$Properties): hac.v1.RunQueriesRequest;

            /**
             * Encodes the specified RunQueriesRequest message. Does not implicitly {@link hac.v1.RunQueriesRequest.verify|verify} messages.
             * @param message RunQueriesRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hac.v1.RunQueriesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RunQueriesRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hac.v1.RunQueriesRequest & hac.v1.RunQueriesRequest.$Shape} RunQueriesRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hac.v1.RunQueriesRequest & hac.v1.RunQueriesRequest.$Shape;

            /**
             * Creates a RunQueriesRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RunQueriesRequest
             */
            static fromObject(object: { [k: string]: any }): hac.v1.RunQueriesRequest;

            /**
             * Creates a plain object from a RunQueriesRequest message. Also converts values to other types if specified.
             * @param message RunQueriesRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hac.v1.RunQueriesRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RunQueriesRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RunQueriesRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RunQueriesRequest {

            /** Properties of a RunQueriesRequest. */
            interface $Properties {

                /** RunQueriesRequest queries */
                queries?: (Uint8Array|null);

                /** RunQueriesRequest settings */
                settings?: (hac.v1.QuerySettings.$Properties[]|null);

                /** RunQueriesRequest wantCodes */
                wantCodes?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RunQueriesRequest. */
            type $Shape = hac.v1.RunQueriesRequest.$Properties;
        }

        /**
         * Properties of a RunQueriesResponse.
         * @deprecated Use hac.v1.RunQueriesResponse.$Properties instead.
         */
        interface IRunQueriesResponse extends hac.v1.RunQueriesResponse.$Properties {
        }

        /** Represents a RunQueriesResponse. */
        class RunQueriesResponse {

            /**
             * Constructs a new RunQueriesResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: hac.v1.RunQueriesResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RunQueriesResponse results. */
            results: hac.v1.QueryResult.$Properties[];

            /**
             * Creates a new RunQueriesResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RunQueriesResponse instance
             */
            static create(properties: hac.v1.RunQueriesResponse.$Shape): hac.v1.RunQueriesResponse & hac.v1.RunQueriesResponse.$Shape;
            static create(properties?: hac.v1.RunQueriesResponse.$Properties): hac.v1.RunQueriesResponse;

            /**
             * Encodes the specified RunQueriesResponse message. Does not implicitly {@link hac.v1.RunQueriesResponse.verify|verify} messages.
             * @param message RunQueriesResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hac.v1.RunQueriesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RunQueriesResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hac.v1.RunQueriesResponse & hac.v1.RunQueriesResponse.$Shape} RunQueriesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hac.v1.RunQueriesResponse & hac.v1.RunQueriesResponse.$Shape;

            /**
             * Creates a RunQueriesResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RunQueriesResponse
             */
            static fromObject(object: { [k: string]: any }): hac.v1.RunQueriesResponse;

            /**
             * Creates a plain object from a RunQueriesResponse message. Also converts values to other types if specified.
             * @param message RunQueriesResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hac.v1.RunQueriesResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RunQueriesResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RunQueriesResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RunQueriesResponse {

            /** Properties of a RunQueriesResponse. */
            interface $Properties {

                /** RunQueriesResponse results */
                results?: (hac.v1.QueryResult.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RunQueriesResponse. */
            type $Shape = hac.v1.RunQueriesResponse.$Properties;
        }

        /**
         * Properties of a QueryCounters.
         * @deprecated Use hac.v1.QueryCounters.$Properties instead.
         */
        interface IQueryCounters extends hac.v1.QueryCounters.$Properties {
        }

        /** Represents a QueryCounters. */
        class QueryCounters {

            /**
             * Constructs a new QueryCounters.
             * @param [properties] Properties to set
             */
            constructor(properties?: hac.v1.QueryCounters.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** QueryCounters cycles. */
            cycles: number;

            /** QueryCounters kept. */
            kept: number;

            /** QueryCounters pruned. */
            pruned: number;

            /** QueryCounters tileRefills. */
            tileRefills: number;

            /** QueryCounters conversions. */
            conversions: number;

            /** QueryCounters energyPj. */
            energyPj: number;

            /** QueryCounters timingViolation. */
            timingViolation: boolean;

            /**
             * Creates a new QueryCounters instance using the specified properties.
             * @param [properties] Properties to set
             * @returns QueryCounters instance
             */
            static create(properties: hac.v1.QueryCounters.$Shape): hac.v1.QueryCounters & hac.v1.QueryCounters.$Shape;
            static create(properties?: hac.v1.QueryCounters.$Properties): hac.v1.QueryCounters;

            /**
             * Encodes the specified QueryCounters message. Does not implicitly {@link hac.v1.QueryCounters.verify|verify} messages.
             * @param message QueryCounters message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hac.v1.QueryCounters.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a QueryCounters message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hac.v1.QueryCounters & hac.v1.QueryCounters.$Shape} QueryCounters
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hac.v1.QueryCounters & hac.v1.QueryCounters.$Shape;

            /**
             * Creates a QueryCounters message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns QueryCounters
             */
            static fromObject(object: { [k: string]: any }): hac.v1.QueryCounters;

            /**
             * Creates a plain object from a QueryCounters message. Also converts values to other types if specified.
             * @param message QueryCounters
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hac.v1.QueryCounters, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this QueryCounters to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for QueryCounters
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace QueryCounters {

            /** Properties of a QueryCounters. */
            interface $Properties {

                /** QueryCounters cycles */
                cycles?: (number|null);

                /** QueryCounters kept */
                kept?: (number|null);

                /** QueryCounters pruned */
                pruned?: (number|null);

                /** QueryCounters tileRefills */
                tileRefills?: (number|null);

                /** QueryCounters conversions */
                conversions?: (number|null);

                /** QueryCounters energyPj */
                energyPj?: (number|null);

                /** QueryCounters timingViolation */
                timingViolation?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a QueryCounters. */
            type $Shape = hac.v1.QueryCounters.$Properties;
        }

        /**
         * Properties of a QueryResult.
         * @deprecated Use hac.v1.QueryResult.$Properties instead.
         */
        interface IQueryResult extends hac.v1.QueryResult.$Properties {
        }

        /** Represents a QueryResult. */
        class QueryResult {

            /**
             * Constructs a new QueryResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: hac.v1.QueryResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** QueryResult queryId. */
            queryId: number;

            /** QueryResult output. */
            output: Uint8Array;

            /** QueryResult outputInt16. */
            outputInt16: boolean;

            /** QueryResult outputShift. */
            outputShift: number;

            /** QueryResult keepMask. */
            keepMask: Uint8Array;

            /** QueryResult codes. */
            codes: Uint8Array;

            /** QueryResult contextLength. */
            contextLength: number;

            /** QueryResult counters. */
            counters?: (hac.v1.QueryCounters.$Properties|null);

            /**
             * Creates a new QueryResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns QueryResult instance
             */
            static create(properties: hac.v1.QueryResult.$Shape): hac.v1.QueryResult & hac.v1.QueryResult.$Shape;
            static create(properties?: hac.v1.QueryResult.$Properties): hac.v1.QueryResult;

            /**
             * Encodes the specified QueryResult message. Does not implicitly {@link hac.v1.QueryResult.verify|verify} messages.
             * @param message QueryResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hac.v1.QueryResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a QueryResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hac.v1.QueryResult & hac.v1.QueryResult.$Shape} QueryResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hac.v1.QueryResult & hac.v1.QueryResult.$Shape;

            /**
             * Creates a QueryResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns QueryResult
             */
            static fromObject(object: { [k: string]: any }): hac.v1.QueryResult;

            /**
             * Creates a plain object from a QueryResult message. Also converts values to other types if specified.
             * @param message QueryResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hac.v1.QueryResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this QueryResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for QueryResult
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace QueryResult {

            /** Properties of a QueryResult. */
            interface $Properties {

                /** QueryResult queryId */
                queryId?: (number|null);

                /** QueryResult output */
                output?: (Uint8Array|null);

                /** QueryResult outputInt16 */
                outputInt16?: (boolean|null);

                /** QueryResult outputShift */
                outputShift?: (number|null);

                /** QueryResult keepMask */
                keepMask?: (Uint8Array|null);

                /** QueryResult codes */
                codes?: (Uint8Array|null);

                /** QueryResult contextLength */
                contextLength?: (number|null);

                /** QueryResult counters */
                counters?: (hac.v1.QueryCounters.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a QueryResult. */
            type $Shape = hac.v1.QueryResult.$Properties;
        }

        /**
         * Properties of an AppendTokenRequest.
         * @deprecated Use hac.v1.AppendTokenRequest.$Properties instead.
         */
        interface IAppendTokenRequest extends hac.v1.AppendTokenRequest.$Properties {
        }

        /** Represents an AppendTokenRequest. */
        class AppendTokenRequest {

            /**
             * Constructs a new AppendTokenRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: hac.v1.AppendTokenRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AppendTokenRequest key. */
            key: Uint8Array;

            /** AppendTokenRequest value. */
            value: Uint8Array;

            /**
             * Creates a new AppendTokenRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AppendTokenRequest instance
             */
            static create(properties: hac.v1.AppendTokenRequest.$Shape): hac.v1.AppendTokenRequest & hac.v1.AppendTokenRequest.$Shape;
            static create(properties?: hac.v1.AppendTokenRequest.$Properties): hac.v1.AppendTokenRequest;

            /**
             * Encodes the specified AppendTokenRequest message. Does not implicitly {@link hac.v1.AppendTokenRequest.verify|verify} messages.
             * @param message AppendTokenRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hac.v1.AppendTokenRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AppendTokenRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hac.v1.AppendTokenRequest & hac.v1.AppendTokenRequest.$Shape} AppendTokenRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hac.v1.AppendTokenRequest & hac.v1.AppendTokenRequest.$Shape;

            /**
             * Creates an AppendTokenRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AppendTokenRequest
             */
            static fromObject(object: { [k: string]: any }): hac.v1.AppendTokenRequest;

            /**
             * Creates a plain object from an AppendTokenRequest message. Also converts values to other types if specified.
             * @param message AppendTokenRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hac.v1.AppendTokenRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AppendTokenRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AppendTokenRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AppendTokenRequest {

            /** Properties of an AppendTokenRequest. */
            interface $Properties {

                /** AppendTokenRequest key */
                key?: (Uint8Array|null);

                /** AppendTokenRequest value */
                value?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AppendTokenRequest. */
            type $Shape = hac.v1.AppendTokenRequest.$Properties;
        }

        /**
         * Properties of an AppendTokenResponse.
         * @deprecated Use hac.v1.AppendTokenResponse.$Properties instead.
         */
        interface IAppendTokenResponse extends hac.v1.AppendTokenResponse.$Properties {
        }

        /** Represents an AppendTokenResponse. */
        class AppendTokenResponse {

            /**
             * Constructs a new AppendTokenResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: hac.v1.AppendTokenResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AppendTokenResponse contextLength. */
            contextLength: number;

            /**
             * Creates a new AppendTokenResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AppendTokenResponse instance
             */
            static create(properties: hac.v1.AppendTokenResponse.$Shape): hac.v1.AppendTokenResponse & hac.v1.AppendTokenResponse.$Shape;
            static create(properties?: hac.v1.AppendTokenResponse.$Properties): hac.v1.AppendTokenResponse;

            /**
             * Encodes the specified AppendTokenResponse message. Does not implicitly {@link hac.v1.AppendTokenResponse.verify|verify} messages.
             * @param message AppendTokenResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hac.v1.AppendTokenResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AppendTokenResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hac.v1.AppendTokenResponse & hac.v1.AppendTokenResponse.$Shape} AppendTokenResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hac.v1.AppendTokenResponse & hac.v1.AppendTokenResponse.$Shape;

            /**
             * Creates an AppendTokenResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AppendTokenResponse
             */
            static fromObject(object: { [k: string]: any }): hac.v1.AppendTokenResponse;

            /**
             * Creates a plain object from an AppendTokenResponse message. Also converts values to other types if specified.
             * @param message AppendTokenResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hac.v1.AppendTokenResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AppendTokenResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AppendTokenResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AppendTokenResponse {

            /** Properties of an AppendTokenResponse. */
            interface $Properties {

                /** AppendTokenResponse contextLength */
                contextLength?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AppendTokenResponse. */
            type $Shape = hac.v1.AppendTokenResponse.$Properties;
        }

        /**
         * Properties of a ResetContextRequest.
         * @deprecated Use hac.v1.ResetContextRequest.$Properties instead.
         */
        interface IResetContextRequest extends hac.v1.ResetContextRequest.$Properties {
        }

        /** Represents a ResetContextRequest. */
        class ResetContextRequest {

            /**
             * Constructs a new ResetContextRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: hac.v1.ResetContextRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new ResetContextRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ResetContextRequest instance
             */
            static create(properties: hac.v1.ResetContextRequest.$Shape): hac.v1.ResetContextRequest & hac.v1.ResetContextRequest.$Shape;
            static create(properties?: hac.v1.ResetContextRequest.$Properties): hac.v1.ResetContextRequest;

            /**
             * Encodes the specified ResetContextRequest message. Does not implicitly {@link hac.v1.ResetContextRequest.verify|verify} messages.
             * @param message ResetContextRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hac.v1.ResetContextRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ResetContextRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hac.v1.ResetContextRequest & hac.v1.ResetContextRequest.$Shape} ResetContextRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hac.v1.ResetContextRequest & hac.v1.ResetContextRequest.$Shape;

            /**
             * Creates a ResetContextRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ResetContextRequest
             */
            static fromObject(object: { [k: string]: any }): hac.v1.ResetContextRequest;

            /**
             * Creates a plain object from a ResetContextRequest message. Also converts values to other types if specified.
             * @param message ResetContextRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hac.v1.ResetContextRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ResetContextRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ResetContextRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ResetContextRequest {

            /** Properties of a ResetContextRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ResetContextRequest. */
            type $Shape = hac.v1.ResetContextRequest.$Properties;
        }

        /**
         * Properties of a ResetContextResponse.
         * @deprecated Use hac.v1.ResetContextResponse.$Properties instead.
         */
        interface IResetContextResponse extends hac.v1.ResetContextResponse.$Properties {
        }

        /** Represents a ResetContextResponse. */
        class ResetContextResponse {

            /**
             * Constructs a new ResetContextResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: hac.v1.ResetContextResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new ResetContextResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ResetContextResponse instance
             */
            static create(properties: hac.v1.ResetContextResponse.$Shape): hac.v1.ResetContextResponse & hac.v1.ResetContextResponse.$Shape;
            static create(properties?: hac.v1.ResetContextResponse.$Properties): hac.v1.ResetContextResponse;

            /**
             * Encodes the specified ResetContextResponse message. Does not implicitly {@link hac.v1.ResetContextResponse.verify|verify} messages.
             * @param message ResetContextResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hac.v1.ResetContextResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ResetContextResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hac.v1.ResetContextResponse & hac.v1.ResetContextResponse.$Shape} ResetContextResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hac.v1.ResetContextResponse & hac.v1.ResetContextResponse.$Shape;

            /**
             * Creates a ResetContextResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ResetContextResponse
             */
            static fromObject(object: { [k: string]: any }): hac.v1.ResetContextResponse;

            /**
             * Creates a plain object from a ResetContextResponse message. Also converts values to other types if specified.
             * @param message ResetContextResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hac.v1.ResetContextResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ResetContextResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ResetContextResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ResetContextResponse {

            /** Properties of a ResetContextResponse. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ResetContextResponse. */
            type $Shape = hac.v1.ResetContextResponse.$Properties;
        }

        /**
         * Properties of a ReadResultRequest.
         * @deprecated Use hac.v1.ReadResultRequest.$Properties instead.
         */
        interface IReadResultRequest extends hac.v1.ReadResultRequest.$Properties {
        }

        /** Represents a ReadResultRequest. */
        class ReadResultRequest {

            /**
             * Constructs a new ReadResultRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: hac.v1.ReadResultRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new ReadResultRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReadResultRequest instance
             */
            static create(properties: hac.v1.ReadResultRequest.$Shape): hac.v1.ReadResultRequest & hac.v1.ReadResultRequest.$Shape;
            static create(properties?: hac.v1.ReadResultRequest.$Properties): hac.v1.ReadResultRequest;

            /**
             * Encodes the specified ReadResultRequest message. Does not implicitly {@link hac.v1.ReadResultRequest.verify|verify} messages.
             * @param message ReadResultRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hac.v1.ReadResultRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReadResultRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hac.v1.ReadResultRequest & hac.v1.ReadResultRequest.$Shape} ReadResultRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hac.v1.ReadResultRequest & hac.v1.ReadResultRequest.$Shape;

            /**
             * Creates a ReadResultRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ReadResultRequest
             */
            static fromObject(object: { [k: string]: any }): hac.v1.ReadResultRequest;

            /**
             * Creates a plain object from a ReadResultRequest message. Also converts values to other types if specified.
             * @param message ReadResultRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hac.v1.ReadResultRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ReadResultRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ReadResultRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReadResultRequest {

            /** Properties of a ReadResultRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReadResultRequest. */
            type $Shape = hac.v1.ReadResultRequest.$Properties;
        }

        /**
         * Properties of a ReadResultResponse.
         * @deprecated Use hac.v1.ReadResultResponse.$Properties instead.
         */
        interface IReadResultResponse extends hac.v1.ReadResultResponse.$Properties {
        }

        /** Represents a ReadResultResponse. */
        class ReadResultResponse {

            /**
             * Constructs a new ReadResultResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: hac.v1.ReadResultResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReadResultResponse result. */
            result?: (hac.v1.QueryResult.$Properties|null);

            /**
             * Creates a new ReadResultResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReadResultResponse instance
             */
            static create(properties: hac.v1.ReadResultResponse.$Shape): hac.v1.ReadResultResponse & hac.v1.ReadResultResponse.$Shape;
            static create(properties?: hac.v1.ReadResultResponse.$Properties): hac.v1.ReadResultResponse;

            /**
             * Encodes the specified ReadResultResponse message. Does not implicitly {@link hac.v1.ReadResultResponse.verify|verify} messages.
             * @param message ReadResultResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hac.v1.ReadResultResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReadResultResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hac.v1.ReadResultResponse & hac.v1.ReadResultResponse.$Shape} ReadResultResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hac.v1.ReadResultResponse & hac.v1.ReadResultResponse.$Shape;

            /**
             * Creates a ReadResultResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ReadResultResponse
             */
            static fromObject(object: { [k: string]: any }): hac.v1.ReadResultResponse;

            /**
             * Creates a plain object from a ReadResultResponse message. Also converts values to other types if specified.
             * @param message ReadResultResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hac.v1.ReadResultResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ReadResultResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ReadResultResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReadResultResponse {

            /** Properties of a ReadResultResponse. */
            interface $Properties {

                /** ReadResultResponse result */
                result?: (hac.v1.QueryResult.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReadResultResponse. */
            type $Shape = hac.v1.ReadResultResponse.$Properties;
        }

        /**
         * Properties of a ReadCountersRequest.
         * @deprecated Use hac.v1.ReadCountersRequest.$Properties instead.
         */
        interface IReadCountersRequest extends hac.v1.ReadCountersRequest.$Properties {
        }

        /** Represents a ReadCountersRequest. */
        class ReadCountersRequest {

            /**
             * Constructs a new ReadCountersRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: hac.v1.ReadCountersRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new ReadCountersRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReadCountersRequest instance
             */
            static create(properties: hac.v1.ReadCountersRequest.$Shape): hac.v1.ReadCountersRequest & hac.v1.ReadCountersRequest.$Shape;
            static create(properties?: hac.v1.ReadCountersRequest.$Properties): hac.v1.ReadCountersRequest;

            /**
             * Encodes the specified ReadCountersRequest message. Does not implicitly {@link hac.v1.ReadCountersRequest.verify|verify} messages.
             * @param message ReadCountersRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hac.v1.ReadCountersRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReadCountersRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hac.v1.ReadCountersRequest & hac.v1.ReadCountersRequest.$Shape} ReadCountersRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hac.v1.ReadCountersRequest & hac.v1.ReadCountersRequest.$Shape;

            /**
             * Creates a ReadCountersRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ReadCountersRequest
             */
            static fromObject(object: { [k: string]: any }): hac.v1.ReadCountersRequest;

            /**
             * Creates a plain object from a ReadCountersRequest message. Also converts values to other types if specified.
             * @param message ReadCountersRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hac.v1.ReadCountersRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ReadCountersRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ReadCountersRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReadCountersRequest {

            /** Properties of a ReadCountersRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReadCountersRequest. */
            type $Shape = hac.v1.ReadCountersRequest.$Properties;
        }

        /**
         * Properties of a ReadCountersResponse.
         * @deprecated Use hac.v1.ReadCountersResponse.$Properties instead.
         */
        interface IReadCountersResponse extends hac.v1.ReadCountersResponse.$Properties {
        }

        /** Represents a ReadCountersResponse. */
        class ReadCountersResponse {

            /**
             * Constructs a new ReadCountersResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: hac.v1.ReadCountersResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReadCountersResponse cycles. */
            cycles: number;

            /** ReadCountersResponse queries. */
            queries: number;

            /** ReadCountersResponse tokensKept. */
            tokensKept: number;

            /** ReadCountersResponse tokensPruned. */
            tokensPruned: number;

            /** ReadCountersResponse tileRefills. */
            tileRefills: number;

            /** ReadCountersResponse conversions. */
            conversions: number;

            /** ReadCountersResponse energyPj. */
            energyPj: number;

            /**
             * Creates a new ReadCountersResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReadCountersResponse instance
             */
            static create(properties: hac.v1.ReadCountersResponse.$Shape): hac.v1.ReadCountersResponse & hac.v1.ReadCountersResponse.$Shape;
            static create(properties?: hac.v1.ReadCountersResponse.$Properties): hac.v1.ReadCountersResponse;

            /**
             * Encodes the specified ReadCountersResponse message. Does not implicitly {@link hac.v1.ReadCountersResponse.verify|verify} messages.
             * @param message ReadCountersResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hac.v1.ReadCountersResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReadCountersResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hac.v1.ReadCountersResponse & hac.v1.ReadCountersResponse.$Shape} ReadCountersResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hac.v1.ReadCountersResponse & hac.v1.ReadCountersResponse.$Shape;

            /**
             * Creates a ReadCountersResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ReadCountersResponse
             */
            static fromObject(object: { [k: string]: any }): hac.v1.ReadCountersResponse;

            /**
             * Creates a plain object from a ReadCountersResponse message. Also converts values to other types if specified.
             * @param message ReadCountersResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hac.v1.ReadCountersResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ReadCountersResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ReadCountersResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReadCountersResponse {

            /** Properties of a ReadCountersResponse. */
            interface $Properties {

                /** ReadCountersResponse cycles */
                cycles?: (number|null);

                /** ReadCountersResponse queries */
                queries?: (number|null);

                /** ReadCountersResponse tokensKept */
                tokensKept?: (number|null);

                /** ReadCountersResponse tokensPruned */
                tokensPruned?: (number|null);

                /** ReadCountersResponse tileRefills */
                tileRefills?: (number|null);

                /** ReadCountersResponse conversions */
                conversions?: (number|null);

                /** ReadCountersResponse energyPj */
                energyPj?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReadCountersResponse. */
            type $Shape = hac.v1.ReadCountersResponse.$Properties;
        }

        /**
         * Properties of a ResetRequest.
         * @deprecated Use hac.v1.ResetRequest.$Properties instead.
         */
        interface IResetRequest extends hac.v1.ResetRequest.$Properties {
        }

        /** Represents a ResetRequest. */
        class ResetRequest {

            /**
             * Constructs a new ResetRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: hac.v1.ResetRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new ResetRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ResetRequest instance
             */
            static create(properties: hac.v1.ResetRequest.$Shape): hac.v1.ResetRequest & hac.v1.ResetRequest.$Shape;
            static create(properties?: hac.v1.ResetRequest.$Properties): hac.v1.ResetRequest;

            /**
             * Encodes the specified ResetRequest message. Does not implicitly {@link hac.v1.ResetRequest.verify|verify} messages.
             * @param message ResetRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hac.v1.ResetRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ResetRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hac.v1.ResetRequest & hac.v1.ResetRequest.$Shape} ResetRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hac.v1.ResetRequest & hac.v1.ResetRequest.$Shape;

            /**
             * Creates a ResetRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ResetRequest
             */
            static fromObject(object: { [k: string]: any }): hac.v1.ResetRequest;

            /**
             * Creates a plain object from a ResetRequest message. Also converts values to other types if specified.
             * @param message ResetRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hac.v1.ResetRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ResetRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ResetRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ResetRequest {

            /** Properties of a ResetRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ResetRequest. */
            type $Shape = hac.v1.ResetRequest.$Properties;
        }

        /**
         * Properties of a ResetResponse.
         * @deprecated Use hac.v1.ResetResponse.$Properties instead.
         */
        interface IResetResponse extends hac.v1.ResetResponse.$Properties {
        }

        /** Represents a ResetResponse. */
        class ResetResponse {

            /**
             * Constructs a new ResetResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: hac.v1.ResetResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ResetResponse bootEpoch. */
            bootEpoch: number;

            /**
             * Creates a new ResetResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ResetResponse instance
             */
            static create(properties: hac.v1.ResetResponse.$Shape): hac.v1.ResetResponse & hac.v1.ResetResponse.$Shape;
            static create(properties?: hac.v1.ResetResponse.$Properties): hac.v1.ResetResponse;

            /**
             * Encodes the specified ResetResponse message. Does not implicitly {@link hac.v1.ResetResponse.verify|verify} messages.
             * @param message ResetResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hac.v1.ResetResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ResetResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hac.v1.ResetResponse & hac.v1.ResetResponse.$Shape} ResetResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hac.v1.ResetResponse & hac.v1.ResetResponse.$Shape;

            /**
             * Creates a ResetResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ResetResponse
             */
            static fromObject(object: { [k: string]: any }): hac.v1.ResetResponse;

            /**
             * Creates a plain object from a ResetResponse message. Also converts values to other types if specified.
             * @param message ResetResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hac.v1.ResetResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ResetResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ResetResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ResetResponse {

            /** Properties of a ResetResponse. */
            interface $Properties {

                /** ResetResponse bootEpoch */
                bootEpoch?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ResetResponse. */
            type $Shape = hac.v1.ResetResponse.$Properties;
        }

        /**
         * Properties of a PingRequest.
         * @deprecated Use hac.v1.PingRequest.$Properties instead.
         */
        interface IPingRequest extends hac.v1.PingRequest.$Properties {
        }

        /** Represents a PingRequest. */
        class PingRequest {

            /**
             * Constructs a new PingRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: hac.v1.PingRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PingRequest data. */
            data: Uint8Array;

            /**
             * Creates a new PingRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PingRequest instance
             */
            static create(properties: hac.v1.PingRequest.$Shape): hac.v1.PingRequest & hac.v1.PingRequest.$Shape;
            static create(properties?: hac.v1.PingRequest.$Properties): hac.v1.PingRequest;

            /**
             * Encodes the specified PingRequest message. Does not implicitly {@link hac.v1.PingRequest.verify|verify} messages.
             * @param message PingRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hac.v1.PingRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PingRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hac.v1.PingRequest & hac.v1.PingRequest.$Shape} PingRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hac.v1.PingRequest & hac.v1.PingRequest.$Shape;

            /**
             * Creates a PingRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PingRequest
             */
            static fromObject(object: { [k: string]: any }): hac.v1.PingRequest;

            /**
             * Creates a plain object from a PingRequest message. Also converts values to other types if specified.
             * @param message PingRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hac.v1.PingRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PingRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PingRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PingRequest {

            /** Properties of a PingRequest. */
            interface $Properties {

                /** PingRequest data */
                data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PingRequest. */
            type $Shape = hac.v1.PingRequest.$Properties;
        }

        /**
         * Properties of a PingResponse.
         * @deprecated Use hac.v1.PingResponse.$Properties instead.
         */
        interface IPingResponse extends hac.v1.PingResponse.$Properties {
        }

        /** Represents a PingResponse. */
        class PingResponse {

            /**
             * Constructs a new PingResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: hac.v1.PingResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PingResponse data. */
            data: Uint8Array;

            /**
             * Creates a new PingResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PingResponse instance
             */
            static create(properties: hac.v1.PingResponse.$Shape): hac.v1.PingResponse & hac.v1.PingResponse.$Shape;
            static create(properties?: hac.v1.PingResponse.$Properties): hac.v1.PingResponse;

            /**
             * Encodes the specified PingResponse message. Does not implicitly {@link hac.v1.PingResponse.verify|verify} messages.
             * @param message PingResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hac.v1.PingResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PingResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hac.v1.PingResponse & hac.v1.PingResponse.$Shape} PingResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hac.v1.PingResponse & hac.v1.PingResponse.$Shape;

            /**
             * Creates a PingResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PingResponse
             */
            static fromObject(object: { [k: string]: any }): hac.v1.PingResponse;

            /**
             * Creates a plain object from a PingResponse message. Also converts values to other types if specified.
             * @param message PingResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hac.v1.PingResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PingResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PingResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PingResponse {

            /** Properties of a PingResponse. */
            interface $Properties {

                /** PingResponse data */
                data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PingResponse. */
            type $Shape = hac.v1.PingResponse.$Properties;
        }

        /**
         * Properties of a LogLine.
         * @deprecated Use hac.v1.LogLine.$Properties instead.
         */
        interface ILogLine extends hac.v1.LogLine.$Properties {
        }

        /** Represents a LogLine. */
        class LogLine {

            /**
             * Constructs a new LogLine.
             * @param [properties] Properties to set
             */
            constructor(properties?: hac.v1.LogLine.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LogLine level. */
            level: number;

            /** LogLine text. */
            text: string;

            /**
             * Creates a new LogLine instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LogLine instance
             */
            static create(properties: hac.v1.LogLine.$Shape): hac.v1.LogLine & hac.v1.LogLine.$Shape;
            static create(properties?: hac.v1.LogLine.$Properties): hac.v1.LogLine;

            /**
             * Encodes the specified LogLine message. Does not implicitly {@link hac.v1.LogLine.verify|verify} messages.
             * @param message LogLine message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hac.v1.LogLine.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LogLine message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hac.v1.LogLine & hac.v1.LogLine.$Shape} LogLine
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hac.v1.LogLine & hac.v1.LogLine.$Shape;

            /**
             * Creates a LogLine message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LogLine
             */
            static fromObject(object: { [k: string]: any }): hac.v1.LogLine;

            /**
             * Creates a plain object from a LogLine message. Also converts values to other types if specified.
             * @param message LogLine
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hac.v1.LogLine, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LogLine to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LogLine
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LogLine {

            /** Properties of a LogLine. */
            interface $Properties {

                /** LogLine level */
                level?: (number|null);

                /** LogLine text */
                text?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LogLine. */
            type $Shape = hac.v1.LogLine.$Properties;
        }

        /**
         * Properties of a JobDone.
         * @deprecated Use hac.v1.JobDone.$Properties instead.
         */
        interface IJobDone extends hac.v1.JobDone.$Properties {
        }

        /** Represents a JobDone. */
        class JobDone {

            /**
             * Constructs a new JobDone.
             * @param [properties] Properties to set
             */
            constructor(properties?: hac.v1.JobDone.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** JobDone queryId. */
            queryId: number;

            /** JobDone count. */
            count: number;

            /**
             * Creates a new JobDone instance using the specified properties.
             * @param [properties] Properties to set
             * @returns JobDone instance
             */
            static create(properties: hac.v1.JobDone.$Shape): hac.v1.JobDone & hac.v1.JobDone.$Shape;
            static create(properties?: hac.v1.JobDone.$Properties): hac.v1.JobDone;

            /**
             * Encodes the specified JobDone message. Does not implicitly {@link hac.v1.JobDone.verify|verify} messages.
             * @param message JobDone message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hac.v1.JobDone.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a JobDone message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hac.v1.JobDone & hac.v1.JobDone.$Shape} JobDone
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hac.v1.JobDone & hac.v1.JobDone.$Shape;

            /**
             * Creates a JobDone message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns JobDone
             */
            static fromObject(object: { [k: string]: any }): hac.v1.JobDone;

            /**
             * Creates a plain object from a JobDone message. Also converts values to other types if specified.
             * @param message JobDone
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hac.v1.JobDone, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this JobDone to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for JobDone
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace JobDone {

            /** Properties of a JobDone. */
            interface $Properties {

                /** JobDone queryId */
                queryId?: (number|null);

                /** JobDone count */
                count?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a JobDone. */
            type $Shape = hac.v1.JobDone.$Properties;
        }

        /**
         * Properties of a Fault.
         * @deprecated Use hac.v1.Fault.$Properties instead.
         */
        interface IFault extends hac.v1.Fault.$Properties {
        }

        /** Represents a Fault. */
        class Fault {

            /**
             * Constructs a new Fault.
             * @param [properties] Properties to set
             */
            constructor(properties?: hac.v1.Fault.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Fault code. */
            code: number;

            /** Fault text. */
            text: string;

            /**
             * Creates a new Fault instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Fault instance
             */
            static create(properties: hac.v1.Fault.$Shape): hac.v1.Fault & hac.v1.Fault.$Shape;
            static create(properties?: hac.v1.Fault.$Properties): hac.v1.Fault;

            /**
             * Encodes the specified Fault message. Does not implicitly {@link hac.v1.Fault.verify|verify} messages.
             * @param message Fault message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: hac.v1.Fault.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Fault message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {hac.v1.Fault & hac.v1.Fault.$Shape} Fault
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): hac.v1.Fault & hac.v1.Fault.$Shape;

            /**
             * Creates a Fault message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Fault
             */
            static fromObject(object: { [k: string]: any }): hac.v1.Fault;

            /**
             * Creates a plain object from a Fault message. Also converts values to other types if specified.
             * @param message Fault
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: hac.v1.Fault, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Fault to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Fault
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Fault {

            /** Properties of a Fault. */
            interface $Properties {

                /** Fault code */
                code?: (number|null);

                /** Fault text */
                text?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Fault. */
            type $Shape = hac.v1.Fault.$Properties;
        }
    }
}

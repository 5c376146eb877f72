import Hummingbird
import HummingbirdCore
import KosCore
import Logging
import NIOCore
import NIOExtras
import NIOPosix
import ServiceLifecycle

/// Serves the API on a listening socket the process inherited (systemd socket activation, `LISTEN_FDS`).
/// Hummingbird 2's `BindAddress` names only a host and port or a socket path, so this service does what its
/// server does over SwiftNIO's `bind(_ socket:)`: the same HTTP/1.1 channel and router, graceful shutdown
/// by quiescing (no new connections, requests in flight answered, idle keep-alive connections closed).
struct InheritedSocketServer: Service {
    let descriptor: Int32
    let responder: RouterResponder<BasicRequestContext>
    let configuration: HTTP1Channel.Configuration
    let logger: Logger
    let onRunning: @Sendable () async -> Void

    func run() async throws {
        let group = MultiThreadedEventLoopGroup.singleton
        let quiescing = ServerQuiescingHelper(group: group)
        let responder = self.responder
        let logger = self.logger
        let http = HTTP1Channel(responder: { request, writer, channel in
            let context = BasicRequestContext(source: .init(channel: channel, logger: logger))
            let response: Response
            do {
                response = try await responder.respond(to: request, context: context)
            } catch {
                response = Response(status: .internalServerError)
            }
            try await writer.write(response: response.head, body: response.body)
        }, configuration: configuration)
        let server = try await ServerBootstrap(group: group)
            .serverChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(quiescing.makeServerChannelHandler(channel: channel))
                }
            }
            .childChannelOption(ChannelOptions.allowRemoteHalfClosure, value: true)
            .bind(NIOBSDSocket.Handle(descriptor)) { channel in http.setup(channel: channel, logger: logger) }
        await onRunning()
        await withGracefulShutdownHandler {
            await withDiscardingTaskGroup { connections in
                do {
                    try await server.executeThenClose { inbound in
                        for try await connection in inbound {
                            connections.addTask { await http.handle(value: connection, logger: logger) }
                        }
                    }
                } catch {
                    logger.error(Logger.Message(stringLiteral: tr("the inherited API socket failed: \(error)", in: .process)))
                }
            }
        } onGracefulShutdown: {
            quiescing.initiateShutdown(promise: nil)
        }
    }
}

# frozen_string_literal: true

require "json"

module ReferenceServer
  # Plain HTTP routes mounted at /__test beside /cable, so tests can drive
  # the server: push events, restart, drop sockets, manage tokens. Every
  # route acts on the process that receives it; broadcasts and remote
  # disconnects reach other processes through the pub/sub adapter.
  class TestRoutes
    def call(env)
      request = Rack::Request.new(env)
      route = ROUTES[[request.request_method, request.path_info]]
      return reply(404, error: "no route #{request.request_method} #{request.path_info}") unless route

      body = request.post? ? parse_body(request) : {}
      reply(200, send(route, body))
    rescue JSON::ParserError, ArgumentError, KeyError => e
      reply(400, error: e.message)
    end

    ROUTES = {
      %w[GET /health] => :health,
      %w[POST /broadcast] => :broadcast,
      %w[POST /restart] => :restart,
      %w[POST /disconnect] => :disconnect,
      %w[POST /tokens] => :add_tokens,
      %w[POST /tokens/revoke] => :revoke_tokens
    }.freeze

    private

    # Also lists this process' open sockets and their subscription
    # identifiers, so a test can check that a client resubscribed exactly once.
    def health(_body)
      connections = live_connections.map do |connection|
        { connection_id: connection.connection_id, subscriptions: connection.subscriptions.identifiers }
      end
      { ok: true, pid: Process.pid, adapter: ReferenceServer.adapter, connections: connections }
    end

    # {stream, event, data} sends the platform's {event, data} message;
    # {stream, message} sends any JSON verbatim (for malformed payloads).
    def broadcast(body)
      stream = body.fetch("stream")
      message = body.key?("message") ? body["message"] : { event: body.fetch("event"), data: body["data"] }
      ActionCable.server.broadcast(stream, message)
      { ok: true }
    end

    # Every socket of this process gets disconnect/server_restart/reconnect:true.
    def restart(_body)
      count = live_connections.size
      ActionCable.server.restart
      { ok: true, closed: count }
    end

    # Without "reason": Rails 6.1's remote disconnect (close 1000, no frame),
    # by connection_id on any process or every socket of this one. With
    # "reason" (and "reconnect"): a disconnect frame first, like Rails >= 7.1.
    def disconnect(body)
      id = body["connection_id"]
      if body.key?("reason")
        targets = live_connections.select { |c| id.nil? || c.connection_id == id }
        targets.each { |c| c.close(reason: body["reason"], reconnect: body.fetch("reconnect", true)) }
        return { ok: true, closed: targets.size }
      end

      ids = id ? [id] : live_connections.map(&:connection_id).uniq
      ids.each { |cid| ActionCable.server.remote_connections.where(connection_id: cid).disconnect }
      { ok: true, closed: ids.size }
    end

    def add_tokens(body)
      ReferenceServer.tokens.load(body)
      { ok: true }
    end

    def revoke_tokens(body)
      Array(body.fetch("tokens")).each { |token| ReferenceServer.tokens.revoke(token.to_s) }
      { ok: true }
    end

    # Closed sockets are left out: after `restart`, Rails 6.1 never runs their
    # close handler (it was queued on the worker pool that restart halts), so
    # they stay in `ActionCable.server.connections` for good.
    def live_connections
      ActionCable.server.connections.select { |connection| connection.send(:websocket).alive? }
    end

    def parse_body(request)
      raw = request.body.read
      raw.empty? ? {} : JSON.parse(raw)
    end

    def reply(status, payload)
      [status, { "content-type" => "application/json" }, [JSON.generate(payload)]]
    end
  end
end

# frozen_string_literal: true

require "json"
require "logger"
require "action_cable"
require "action_dispatch"
require_relative "reference_server/key_value_backend"
require_relative "reference_server/token_table"
require_relative "reference_server/presence_tracker"
require_relative "reference_server/application_cable"
require_relative "reference_server/room_channel"
require_relative "reference_server/test_routes"

# A standalone Rails ActionCable server that behaves like the platform's
# /cable endpoint (Chatwoot v4 RoomChannel), configured from the environment:
#   REF_ADAPTER=async|redis, REF_REDIS_URL, REF_TOKENS (JSON) or
#   REF_TOKENS_FILE (path), REF_LOG_LEVEL, REF_USER_PRESENCE_S, REF_CONTACT_PRESENCE_S.
module ReferenceServer
  class << self
    attr_reader :adapter, :tokens, :presence

    def configure!(env)
      @adapter = env.fetch("REF_ADAPTER", "async")
      backend = configure_cable(env)
      @tokens = TokenTable.new(backend)
      @presence = PresenceTracker.new(
        backend,
        user_window_s: Float(env.fetch("REF_USER_PRESENCE_S", "20")),
        contact_window_s: Float(env.fetch("REF_CONTACT_PRESENCE_S", "90"))
      )
      @tokens.load(initial_tokens(env))
    end

    private

    def configure_cable(env)
      config = ActionCable.server.config
      $stdout.sync = true
      config.logger = Logger.new($stdout, level: env.fetch("REF_LOG_LEVEL", "info"))
      config.connection_class = -> { ApplicationCable::Connection }
      config.disable_request_forgery_protection = true
      config.worker_pool_size = 4

      case @adapter
      when "async"
        config.cable = { "adapter" => "async" }
        MemoryBackend.new
      when "redis"
        require "redis"
        url = env.fetch("REF_REDIS_URL") { raise ArgumentError, "REF_ADAPTER=redis needs REF_REDIS_URL" }
        config.cable = { "adapter" => "redis", "url" => url, "channel_prefix" => "reference" }
        RedisBackend.new(Redis.new(url: url), "reference")
      else
        raise ArgumentError, "REF_ADAPTER must be async or redis, got #{@adapter.inspect}"
      end
    end

    def initial_tokens(env)
      return JSON.parse(env["REF_TOKENS"]) if env["REF_TOKENS"].to_s.strip != ""
      return JSON.parse(File.read(env["REF_TOKENS_FILE"])) if env["REF_TOKENS_FILE"].to_s.strip != ""

      {}
    end
  end
end

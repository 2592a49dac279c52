# frozen_string_literal: true

module ReferenceServer
  # Chatwoot's OnlineStatusTracker, reduced: a sorted set of "last ping"
  # times per account and kind; whoever pinged within the window is online.
  class PresenceTracker
    def initialize(backend, user_window_s:, contact_window_s:)
      @backend = backend
      @windows = { "User" => user_window_s, "Contact" => contact_window_s }
    end

    # kind is "User" or "Contact".
    def mark_online(account_id, kind, id)
      @backend.zadd(key(account_id, kind), Time.now.to_f, id.to_s)
    end

    # {"<user id>" => "online"}: keys are strings, as Chatwoot reads them back from Redis.
    def users(account_id)
      online(account_id, "User")
    end

    def contacts(account_id)
      online(account_id, "Contact")
    end

    private

    def online(account_id, kind)
      since = Time.now.to_f - @windows.fetch(kind)
      @backend.zrangebyscore(key(account_id, kind), since).to_h { |id| [id, "online"] }
    end

    def key(account_id, kind)
      "presence:#{account_id}:#{kind}"
    end
  end
end

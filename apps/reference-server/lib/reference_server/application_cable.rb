# frozen_string_literal: true

require "securerandom"

module ApplicationCable
  # No connection-level auth, like Chatwoot: every socket is accepted and
  # auth happens per subscription. The identifier exists only so that tests
  # can disconnect a socket remotely (`?cid=<id>` picks it, else a UUID).
  class Connection < ActionCable::Connection::Base
    identified_by :connection_id

    def connect
      self.connection_id = request.params["cid"].presence || SecureRandom.uuid
    end
  end

  class Channel < ActionCable::Channel::Base
  end
end

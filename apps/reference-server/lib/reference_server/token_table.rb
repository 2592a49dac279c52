# frozen_string_literal: true

require "json"

module ReferenceServer
  # Raised when a token, user or account is unknown; the channel lets it
  # escape `subscribed`, which is what makes the server answer nothing.
  class RecordNotFound < StandardError; end

  # pubsub token -> agent or contact, the reference server's stand-in for
  # Chatwoot's users/contacts tables.
  #
  # Agents:   {"token", "user_id", "account_id" | "account_ids"}
  # Contacts: {"token", "contact_id", "account_id"}
  class TokenTable
    AGENTS = "tokens:agents"
    CONTACTS = "tokens:contacts"

    def initialize(backend)
      @backend = backend
    end

    # Loads {"agents": [...], "contacts": [...]} (either key may be missing).
    def load(table)
      Array(table["agents"]).each { |agent| add_agent(agent) }
      Array(table["contacts"]).each { |contact| add_contact(contact) }
    end

    def add_agent(agent)
      token = required(agent, "token")
      required(agent, "user_id")
      raise ArgumentError, "agent needs account_id or account_ids" unless account_ids(agent).any?

      @backend.hset(AGENTS, token, JSON.generate(agent))
    end

    def add_contact(contact)
      token = required(contact, "token")
      required(contact, "contact_id")
      required(contact, "account_id")
      @backend.hset(CONTACTS, token, JSON.generate(contact))
    end

    def revoke(token)
      @backend.hdel(AGENTS, token)
      @backend.hdel(CONTACTS, token)
    end

    # Like `User.find_by!(pubsub_token:, id:)`: ids compare as strings
    # because identifiers may carry 1 or "1".
    def find_agent!(token, user_id)
      agent = parse(@backend.hget(AGENTS, token.to_s))
      raise RecordNotFound, "no user for this token" unless agent && agent["user_id"].to_s == user_id.to_s

      agent
    end

    def find_contact!(token)
      contact = parse(@backend.hget(CONTACTS, token.to_s))
      raise RecordNotFound, "no contact for this token" unless contact

      contact
    end

    def account_ids(agent)
      ids = agent["account_ids"] || [agent["account_id"]]
      ids.compact.map(&:to_s)
    end

    private

    def required(entry, key)
      value = entry[key]
      raise ArgumentError, "missing #{key}" if value.nil? || value.to_s.empty?

      value.to_s
    end

    def parse(json)
      json && JSON.parse(json)
    end
  end
end

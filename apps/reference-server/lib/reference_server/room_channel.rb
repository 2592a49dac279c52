# frozen_string_literal: true

# Chatwoot v4's RoomChannel against the reference token table. The order in
# `subscribed` matters and is Chatwoot's: the token stream is registered
# first, then the lookups raise on a bad token, so the server sends neither
# confirm nor reject.
class RoomChannel < ApplicationCable::Channel
  def subscribed
    ensure_stream
    current_user
    current_account
    stream_from "account_#{@current_account}" if agent?
    update_subscription
  end

  # Marks the caller online and answers on the caller's own token stream:
  # other users never see it (other sockets with the same token do, as on
  # the platform).
  def update_presence
    update_subscription
    data = { account_id: account_id_value, users: presence.users(@current_account) }
    data[:contacts] = presence.contacts(@current_account) if agent?
    ActionCable.server.broadcast(@pubsub_token, { event: "presence.update", data: data })
  end

  private

  def ensure_stream
    @pubsub_token = params[:pubsub_token]
    stream_from @pubsub_token
  end

  def current_user
    @current_user ||= if params[:user_id].blank?
                        tokens.find_contact!(@pubsub_token)
                      else
                        tokens.find_agent!(@pubsub_token, params[:user_id])
                      end
  end

  def current_account
    @current_account ||= if agent?
                           requested = params[:account_id].to_s
                           unless tokens.account_ids(@current_user).include?(requested)
                             raise ReferenceServer::RecordNotFound, "user is not in this account"
                           end

                           requested
                         else
                           @current_user["account_id"].to_s
                         end
  end

  def update_subscription
    kind = agent? ? "User" : "Contact"
    id = agent? ? @current_user["user_id"] : @current_user["contact_id"]
    presence.mark_online(@current_account, kind, id)
  end

  def agent?
    @current_user.key?("user_id")
  end

  # Account ids are integers on the platform.
  def account_id_value
    Integer(@current_account, exception: false) || @current_account
  end

  def tokens
    ReferenceServer.tokens
  end

  def presence
    ReferenceServer.presence
  end
end

# frozen_string_literal: true

# Reference ActionCable server: `puma -b tcp://127.0.0.1:<port> -t 4:8 config.ru`
# (or bin/server start). See README.md for routes and environment.
$LOAD_PATH.unshift File.join(__dir__, "lib")
require "reference_server"

ReferenceServer.configure!(ENV)

map "/cable" do
  run ActionCable.server
end

map "/__test" do
  run ReferenceServer::TestRoutes.new
end

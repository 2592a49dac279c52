# frozen_string_literal: true

require "json"

module ReferenceServer
  # The few hash and sorted-set operations the token table and the presence
  # tracker need. Kept behind one interface so that, with the Redis adapter,
  # every puma process sees the same tokens and the same presence (as a
  # multi-process Chatwoot does), and without Redis it all lives in memory.
  class MemoryBackend
    def initialize
      @mutex = Mutex.new
      @hashes = Hash.new { |h, k| h[k] = {} }
      @sorted_sets = Hash.new { |h, k| h[k] = {} }
    end

    def hset(key, field, value)
      @mutex.synchronize { @hashes[key][field] = value }
    end

    def hget(key, field)
      @mutex.synchronize { @hashes[key][field] }
    end

    def hdel(key, field)
      @mutex.synchronize { @hashes[key].delete(field) }
    end

    def zadd(key, score, member)
      @mutex.synchronize { @sorted_sets[key][member] = score }
    end

    # Members whose score is >= min_score.
    def zrangebyscore(key, min_score)
      @mutex.synchronize { @sorted_sets[key].select { |_, score| score >= min_score }.keys }
    end
  end

  # Same interface over one Redis connection (the redis gem's client is
  # thread-safe, which matters: channel actions run on ActionCable's worker pool).
  class RedisBackend
    def initialize(redis, prefix)
      @redis = redis
      @prefix = prefix
    end

    def hset(key, field, value)
      @redis.hset(k(key), field, value)
    end

    def hget(key, field)
      @redis.hget(k(key), field)
    end

    def hdel(key, field)
      @redis.hdel(k(key), field)
    end

    def zadd(key, score, member)
      @redis.zadd(k(key), score, member)
    end

    def zrangebyscore(key, min_score)
      @redis.zrangebyscore(k(key), min_score, "+inf")
    end

    private

    def k(key)
      "#{@prefix}:#{key}"
    end
  end
end

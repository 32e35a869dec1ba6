using Npgsql;
using NpgsqlTypes;

namespace Passerelles.Web.Infrastructure.Files;

/// <summary>The files in PostgreSQL, shared by every instance and carried by pg_dump: a <see cref="StoredFile"/> row
/// per file and its content in <see cref="StoredFileChunk"/> rows of <see cref="ChunkBytes"/>. A file is written
/// chunk by chunk as it is read from its source, in one transaction, and read back one chunk at a time, so neither
/// way holds more than a chunk in memory.</summary>
public sealed class PostgresFileStore(string connectionString) : IFileStore, IAsyncDisposable
{
    public const int ChunkBytes = 256 * 1024;

    private readonly NpgsqlDataSource _source = NpgsqlDataSource.Create(connectionString);

    public async Task SaveAsync(string area, string key, Stream content, CancellationToken cancellationToken = default)
    {
        FileStoreSetup.Check(area, key);
        await using var connection = await _source.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, """DELETE FROM "StoredFiles" WHERE "Area" = $1 AND "Key" = $2""", cancellationToken, area, key);
        await ExecuteAsync(connection, """INSERT INTO "StoredFiles" ("Area", "Key", "Length", "Chunks") VALUES ($1, $2, 0, 0)""", cancellationToken, area, key);

        await using var insert = new NpgsqlCommand("""INSERT INTO "StoredFileChunks" ("Area", "Key", "Index", "Data") VALUES ($1, $2, $3, $4)""", connection);
        insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = area });
        insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key });
        var index = insert.Parameters.Add(new NpgsqlParameter<int>());
        var data = new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bytea };
        insert.Parameters.Add(data);
        var buffer = new byte[ChunkBytes];
        var (length, chunks) = (0L, 0);
        while (await content.ReadAtLeastAsync(buffer, ChunkBytes, throwOnEndOfStream: false, cancellationToken) is var read and > 0)
        {
            index.Value = chunks++;
            // The parameter sends only the bytes read: the buffer is reused for the next chunk.
            data.Value = new ArraySegment<byte>(buffer, 0, read);
            data.Size = read;
            await insert.ExecuteNonQueryAsync(cancellationToken);
            length += read;
        }
        await ExecuteAsync(connection, """UPDATE "StoredFiles" SET "Length" = $3, "Chunks" = $4 WHERE "Area" = $1 AND "Key" = $2""", cancellationToken, area, key, length, chunks);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<Stream?> OpenReadAsync(string area, string key, CancellationToken cancellationToken = default)
    {
        FileStoreSetup.Check(area, key);
        await using var command = _source.CreateCommand("""SELECT "Length", "Chunks" FROM "StoredFiles" WHERE "Area" = $1 AND "Key" = $2""");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = area });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) return null;
        return new ChunkStream(_source, area, key, reader.GetInt64(0), reader.GetInt32(1));
    }

    public async Task DeleteAsync(string area, string key, CancellationToken cancellationToken = default)
    {
        FileStoreSetup.Check(area, key);
        await using var connection = await _source.OpenConnectionAsync(cancellationToken);
        // The chunks go with their file (the foreign key cascades).
        await ExecuteAsync(connection, """DELETE FROM "StoredFiles" WHERE "Area" = $1 AND "Key" = $2""", cancellationToken, area, key);
    }

    public async Task<bool> ExistsAsync(string area, string key, CancellationToken cancellationToken = default)
    {
        FileStoreSetup.Check(area, key);
        await using var command = _source.CreateCommand("""SELECT EXISTS (SELECT 1 FROM "StoredFiles" WHERE "Area" = $1 AND "Key" = $2)""");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = area });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key });
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public ValueTask DisposeAsync() => _source.DisposeAsync();

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params object[] values)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values) command.Parameters.Add(new NpgsqlParameter { Value = value });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>A stored file's content, fetching its chunks one by one as it is read.</summary>
    private sealed class ChunkStream(NpgsqlDataSource source, string area, string key, long length, int chunks) : Stream
    {
        private byte[] _chunk = [];
        private int _offset;
        private int _next;
        private long _position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => length;

        public override long Position
        {
            get => _position;
            set => throw new NotSupportedException();
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            while (_offset == _chunk.Length)
            {
                if (_next == chunks || buffer.Length == 0) return 0;
                await using (var command = ChunkCommand(_next++)) (_chunk, _offset) = (Found(await command.ExecuteScalarAsync(cancellationToken)), 0);
            }
            return Take(buffer.Span);
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override int Read(Span<byte> buffer)
        {
            while (_offset == _chunk.Length)
            {
                if (_next == chunks || buffer.Length == 0) return 0;
                using (var command = ChunkCommand(_next++)) (_chunk, _offset) = (Found(command.ExecuteScalar()), 0);
            }
            return Take(buffer);
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        private int Take(Span<byte> buffer)
        {
            var count = Math.Min(buffer.Length, _chunk.Length - _offset);
            _chunk.AsSpan(_offset, count).CopyTo(buffer);
            _offset += count;
            _position += count;
            return count;
        }

        private NpgsqlCommand ChunkCommand(int index)
        {
            var command = source.CreateCommand("""SELECT "Data" FROM "StoredFileChunks" WHERE "Area" = $1 AND "Key" = $2 AND "Index" = $3""");
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = area });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key });
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = index });
            return command;
        }

        private byte[] Found(object? chunk) =>
            chunk as byte[] ?? throw new IOException($"The stored file {area}/{key} was deleted while it was read.");

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

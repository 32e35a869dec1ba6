using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Passerelles.Tests.Security;

/// <summary>What the database holds, one hash per table (its rows, in any order), read in one round trip: two
/// fingerprints differ exactly where something was added, changed or removed.</summary>
public static class DatabaseFingerprint
{
    public static Task<IReadOnlyDictionary<string, string>> TakeAsync(AppFactory app) =>
        app.WithDbAsync<IReadOnlyDictionary<string, string>>(async db =>
        {
            var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().Order().ToList();
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = string.Join(";\n", tables.Select(t => $"SELECT * FROM \"{t}\""));
            await using var reader = await command.ExecuteReaderAsync();
            var hashes = new Dictionary<string, string>();
            foreach (var table in tables)
            {
                hashes[table] = await HashAsync(reader);
                await reader.NextResultAsync();
            }
            return hashes;
        });

    public static IReadOnlyList<string> Changes(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after) =>
        after.Where(t => !before.TryGetValue(t.Key, out var hash) || hash != t.Value).Select(t => t.Key).ToList();

    private static async Task<string> HashAsync(DbDataReader reader)
    {
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            var values = new object[reader.FieldCount];
            reader.GetValues(values);
            rows.Add(string.Join('\u001f', values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture))));
        }
        rows.Sort(StringComparer.Ordinal);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001e', rows))));
    }
}

using System.Data.Common;

namespace LinkJ.Partnerships.Web.Data.Sqlite;

/// <summary>
/// For bulk loads: the full-text triggers are dropped for the load and put back afterwards from their own stored
/// SQL, and each index is rebuilt once; re-indexing row by row made the generator many times slower.
/// </summary>
internal static class SearchIndexSuspension
{
    public static async Task<Func<Task>> SuspendAsync(DbConnection connection, DbTransaction transaction)
    {
        var triggers = await ReadAsync(connection, transaction, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%\\_search\\_%' ESCAPE '\\'");
        var indexes = await ReadAsync(connection, transaction, "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%fts5%'");
        foreach (var (name, _) in triggers)
        {
            await ExecuteAsync(connection, transaction, $"DROP TRIGGER \"{name}\"");
        }

        return async () =>
        {
            foreach (var (_, sql) in triggers)
            {
                await ExecuteAsync(connection, transaction, sql);
            }

            foreach (var (name, _) in indexes)
            {
                await ExecuteAsync(connection, transaction, $"INSERT INTO \"{name}\"(\"{name}\") VALUES ('rebuild')");
            }
        };
    }

    private static async Task<List<(string Name, string Sql)>> ReadAsync(DbConnection connection, DbTransaction transaction, string sql)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, string)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetString(1)));
        }

        return rows;
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}

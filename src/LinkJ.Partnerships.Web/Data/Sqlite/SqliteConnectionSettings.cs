using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LinkJ.Partnerships.Web.Data.Sqlite;

/// <summary>
/// Per-connection settings. synchronous=FULL makes every commit durable across a power loss, not only a
/// process crash; docs/decisions/002-sqlite-durability.md records why. busy_timeout lets a writer wait for another.
/// </summary>
public sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    public static readonly SqliteConnectionSettings Instance = new();

    private const string Pragmas = "PRAGMA synchronous=FULL; PRAGMA busy_timeout=5000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

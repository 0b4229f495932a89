using LinkJ.Partnerships.Web.Infrastructure.Startup;
using Microsoft.Data.Sqlite;

namespace LinkJ.Partnerships.Web.Data.Sqlite;

/// <summary>
/// Keeps one connection to the database file open for as long as the app serves, outside the connection pool
/// (which closes idle connections). <c>restore</c> needs the only connection to leave WAL mode, so while this is
/// open it sees the database as in use and refuses.
/// </summary>
public sealed class SqliteInUseMarker(IConfiguration configuration, IHostEnvironment environment) : IHostedService, IAsyncDisposable
{
    private SqliteConnection? _connection;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var builder = new SqliteConnectionStringBuilder(SqliteDatabase.ResolveConnectionString(
            configuration.GetConnectionString(PersistenceSetup.ConnectionStringName), environment.ContentRootPath)) { Pooling = false };
        if (builder.Mode == SqliteOpenMode.Memory || builder.DataSource.Equals(":memory:", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        _connection = new SqliteConnection(builder.ToString());
        await _connection.OpenAsync(cancellationToken);
        await using var command = _connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master";
        await command.ExecuteScalarAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => DisposeAsync().AsTask();

    // Stopping the host and disposing the container both end here; the connection is closed by whichever comes first.
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _connection, null) is { } connection)
        {
            await connection.DisposeAsync();
        }
    }
}

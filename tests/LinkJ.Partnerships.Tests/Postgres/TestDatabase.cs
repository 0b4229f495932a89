#if POSTGRESQL
using Npgsql;

namespace LinkJ.Partnerships.Tests.Postgres;

/// <summary>
/// A database of its own on the test server (<c>LINKJ_TEST_POSTGRES</c>, a connection string without Database),
/// named linkj_t_&lt;guid&gt;. The app creates it on its first start; disposing drops it, whoever still uses it.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string ServerVariable = "LINKJ_TEST_POSTGRES";

    public TestDatabase()
    {
        Name = $"linkj_t_{Guid.NewGuid():N}";
        ConnectionString = new NpgsqlConnectionStringBuilder(Server) { Database = Name }.ConnectionString;
    }

    public string Name { get; }

    /// <summary>What the app is given as ConnectionStrings:Partnerships.</summary>
    public string ConnectionString { get; }

    public static string Server =>
        Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } server
            ? server
            : throw new InvalidOperationException($"Set {ServerVariable} to a PostgreSQL connection string without Database, e.g. \"Host=127.0.0.1;Port=55432;Username=postgres\".");

    /// <summary>A connection to this database outside the app, for checks and for acting as the operator would.</summary>
    public async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false, ApplicationName = "linkj-tests" }.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public async Task<T> ScalarAsync<T>(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return (T)(await command.ExecuteScalarAsync())!;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
#endif

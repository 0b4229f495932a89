using System.Data.Common;
#if POSTGRESQL
using Npgsql;
#else
using Microsoft.Data.Sqlite;
#endif

namespace LinkJ.Partnerships.Tests.Support;

/// <summary>
/// The database provider this test assembly runs on: SQLite files in LinkJ.Partnerships.Tests, databases on the
/// server named by LINKJ_TEST_POSTGRES in LinkJ.Partnerships.Tests.PostgreSQL (compiled with POSTGRESQL).
/// A database is known to tests by one string: a file path on SQLite, a database name on PostgreSQL.
/// </summary>
public static class TestDatabase
{
#if POSTGRESQL
    public const string Provider = "PostgreSQL";

    public const string ServerVariable = "LINKJ_TEST_POSTGRES";

    public static bool IsPostgreSql => true;

    /// <summary>A name no other test uses; the app creates the database when it first migrates.</summary>
    public static string NewDatabase(string purpose = "test") => $"linkj_t_{purpose}_{Guid.NewGuid():N}";

    public static string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(Server) { Database = database }.ConnectionString;

    public static bool Exists(string database)
    {
        using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        connection.Open();
        using var command = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        command.Parameters.AddWithValue("name", database);
        return command.ExecuteScalar() is not null;
    }

    /// <summary>
    /// A read-only connection of the test's own. Pooled: a new server connection is a new backend process, and the
    /// hostile-input suite asks twice per request.
    /// </summary>
    public static DbConnection OpenReadOnly(string database)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString(database)) { Options = "-c default_transaction_read_only=on" }.ConnectionString);
        connection.Open();
        return connection;
    }

    /// <summary>The tables that hold rows, by name.</summary>
    public const string TablesQuery =
        "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name";

    /// <summary>Closes the pooled connections of hosts that are gone, so a database kept for a second start is not held open.</summary>
    public static void ReleaseConnections() => NpgsqlConnection.ClearAllPools();

    public static void Drop(string database)
    {
        // FORCE ends connections still open to it (another test's pool, a killed app process).
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        connection.Open();
        using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        command.ExecuteNonQuery();
    }

    private static string Server =>
        Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } server
            ? server
            : throw new InvalidOperationException($"Set {ServerVariable} to an Npgsql connection string without Database, e.g. Host=127.0.0.1;Port=55432;Username=postgres.");
#else
    public const string Provider = "Sqlite";

    public static bool IsPostgreSql => false;

    public static string NewDatabase(string purpose = "test") => Path.Combine(Path.GetTempPath(), $"linkj-{purpose}-{Guid.NewGuid():N}.db");

    public static string ConnectionString(string database) => $"Data Source={database}";

    public static bool Exists(string database) => File.Exists(database);

    /// <summary>A connection of the test's own, outside the app's pool.</summary>
    public static DbConnection OpenReadOnly(string database)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>The tables that hold rows, by name: the full-text indexes (virtual tables and their shadow tables) are derived from them.</summary>
    public const string TablesQuery =
        "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";

    /// <summary>Closes the pooled connections of hosts that are gone, so a file kept for a second start is not held open.</summary>
    public static void ReleaseConnections() => SqliteConnection.ClearAllPools();

    public static void Drop(string database)
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(database + suffix);
        }
    }
#endif
}

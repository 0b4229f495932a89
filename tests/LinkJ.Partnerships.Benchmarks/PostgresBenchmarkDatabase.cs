using System.Diagnostics;
using Npgsql;

namespace LinkJ.Partnerships.Benchmarks;

/// <summary>
/// A database named <c>linkj_bench_&lt;agreements&gt;</c> on the given server: the app's start-up creates and migrates it,
/// and it is dropped when the size is done (set <c>LINKJ_BENCH_KEEP=1</c> to keep it for EXPLAIN ANALYZE).
/// </summary>
public sealed class PostgresBenchmarkDatabase : IBenchmarkDatabase
{
    public const string ServerVariable = "LINKJ_BENCH_POSTGRES";

    private readonly string _server;
    private readonly string _name;

    public PostgresBenchmarkDatabase(string server, int agreements)
    {
        _server = new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString;
        _name = $"linkj_bench_{agreements}";
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = _name }.ConnectionString;
    }

    public string Provider => "PostgreSQL";

    public string ConnectionString { get; }

    public Task RemoveLeftoversAsync() => DropAsync();

    public async Task FlushAsync()
    {
        // A generated 50,000-agreement registry leaves about 140 MB of dirty buffers, and the checkpoint that writes
        // them (when max_wal_size or checkpoint_timeout comes round, or a DROP DATABASE forces one) took CPU from
        // measured runs.
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var checkpoint = new NpgsqlCommand("CHECKPOINT", connection);
        await checkpoint.ExecuteNonQueryAsync();
    }

    public void Configure(ProcessStartInfo start)
    {
        start.Environment["Database__Provider"] = Provider;
        start.Environment["ConnectionStrings__Partnerships"] = ConnectionString;
    }

    public async ValueTask DisposeAsync()
    {
        if (Environment.GetEnvironmentVariable("LINKJ_BENCH_KEEP") != "1")
        {
            await DropAsync();
        }
    }

    private async Task DropAsync()
    {
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        // The name is ours (digits only after the prefix), so it can be written into the statement.
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}

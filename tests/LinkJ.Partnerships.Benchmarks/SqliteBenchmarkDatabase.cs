using System.Diagnostics;

namespace LinkJ.Partnerships.Benchmarks;

/// <summary>A SQLite file in the workspace, kept after the run for a look with sqlite3.</summary>
public sealed class SqliteBenchmarkDatabase(string path) : IBenchmarkDatabase
{
    public string Provider => "Sqlite";

    public Task RemoveLeftoversAsync()
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(path + suffix);
        }

        return Task.CompletedTask;
    }

    public Task FlushAsync() => Task.CompletedTask;

    public void Configure(ProcessStartInfo start)
    {
        start.Environment["Database__Provider"] = Provider;
        start.Environment["ConnectionStrings__Partnerships"] = $"Data Source={path}";
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

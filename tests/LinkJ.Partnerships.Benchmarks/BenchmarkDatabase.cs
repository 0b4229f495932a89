using System.Diagnostics;

namespace LinkJ.Partnerships.Benchmarks;

/// <summary>The registry's database for one size: made fresh before `generate`, handed to every app process, removed afterwards.</summary>
public interface IBenchmarkDatabase : IAsyncDisposable
{
    /// <summary>As <c>Database:Provider</c> spells it, and as the report shows it.</summary>
    string Provider { get; }

    /// <summary>Removes whatever an earlier run left under this database's name.</summary>
    Task RemoveLeftoversAsync();

    /// <summary>
    /// Writes out what the generation left in the server's memory, so that the server does not do it in the middle of
    /// a measured run (PostgreSQL's checkpoint). SQLite's last connection already did.
    /// </summary>
    Task FlushAsync();

    /// <summary>Points an app process (a command or the server) at this database.</summary>
    void Configure(ProcessStartInfo start);
}

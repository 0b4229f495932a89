using System.Diagnostics;
using System.Globalization;
using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Data.Generation;

namespace LinkJ.Partnerships.Web.Commands;

/// <summary>
/// <c>generate --organizations N --agreements M [--seed S] [--database path]</c>: a synthetic registry at scale,
/// on top of the migrated and seeded database, for load tests. The same seed gives the same registry.
/// </summary>
public static class GenerateCommand
{
    public static async Task<int> RunAsync(CommandLine command, IServiceProvider services)
    {
        if (!TryCount(command, "--organizations", 1000, out var organizations) || !TryCount(command, "--agreements", 5000, out var agreements)
            || !TryCount(command, "--seed", 1, out var seed))
        {
            Console.Error.WriteLine("Usage: generate --organizations N --agreements M [--seed S] [--database path]   (N, M, S are whole numbers ≥ 0)");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        var watch = Stopwatch.StartNew();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        var result = await new RegistryGenerator(db).GenerateAsync(organizations, agreements, seed);
        await RegistryDatabase.Of(db).RefreshPlannerStatisticsAsync(db, CancellationToken.None);
        Console.WriteLine(
            $"Generated {result.Organizations} organizations, {result.Agreements} agreements, {result.Parties} parties, " +
            $"{result.People} people and {result.Participants} participants (seed {seed}) in {watch.Elapsed.TotalSeconds:0.0} s.");
        return 0;
    }

    private static bool TryCount(CommandLine command, string name, int fallback, out int value)
    {
        var text = command.Option(name);
        value = fallback;
        return text is null || (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= 0);
    }
}

using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Data.Seeding;

namespace LinkJ.Partnerships.Web.Commands;

/// <summary><c>seed</c>: migrates the database and adds whatever part of the seed is missing.</summary>
public static class SeedCommand
{
    public static async Task<int> RunAsync(CommandLine command, IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        var result = await scope.ServiceProvider.GetRequiredService<RegistrySeeder>().SeedAsync(RegistrySeeder.LoadEmbedded());
        Console.WriteLine($"Seed: {result.Organizations} organizations and {result.Agreements} agreements added.");
        return 0;
    }
}

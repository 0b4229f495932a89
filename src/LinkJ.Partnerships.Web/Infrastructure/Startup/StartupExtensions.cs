using LinkJ.Partnerships.Web.Data;

namespace LinkJ.Partnerships.Web.Infrastructure.Startup;

public static class StartupExtensions
{
    public static async Task InitializeDatabaseAsync(this IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
    }
}

using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Data.Postgres;

public static class PostgresRegistration
{
    /// <summary>
    /// The registry on a PostgreSQL server, which several app instances can share: each listens for the others'
    /// writes (<see cref="RegistryChangeNotifications"/>).
    /// </summary>
    public static IServiceCollection AddPostgresRegistry(this IServiceCollection services, string? configuredConnectionString)
    {
        var instance = Guid.NewGuid().ToString("N")[..12];
        var connectionString = PostgresConnectionSettings.Resolve(configuredConnectionString, instance);
        services.AddSingleton<IRegistryDatabase, PostgresRegistryDatabase>();
        services.AddDbContextPool<RegistryDbContext, PostgresRegistryDbContext>((provider, options) => options
            .UseNpgsql(connectionString)
            .AddInterceptors(provider.GetRequiredService<RegistryChangeInterceptor>()));
        services.AddSingleton(new RegistryChangeNotifications.Settings(connectionString));
        services.AddSingleton<RegistryChangeNotifications>();
        services.AddHostedService(provider => provider.GetRequiredService<RegistryChangeNotifications>());
        return services;
    }
}

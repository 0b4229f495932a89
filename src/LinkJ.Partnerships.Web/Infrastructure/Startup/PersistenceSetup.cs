using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Data.Seeding;
using LinkJ.Partnerships.Web.Data.Sqlite;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Infrastructure.Startup;

public static class PersistenceSetup
{
    public const string ConnectionStringName = "Partnerships";

    /// <summary>
    /// The registry's database. SQLite is the only provider today; everything SQLite-specific is in Data/Sqlite,
    /// so a PostgreSQL provider is a second branch here plus its own migrations.
    /// </summary>
    public static IServiceCollection AddPersistence(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var connectionString = SqliteDatabase.ResolveConnectionString(
            configuration.GetConnectionString(ConnectionStringName), environment.ContentRootPath);

        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddOptions<RegistryOptions>().Bind(configuration.GetSection(RegistryOptions.Section));
        services.AddSingleton<RegistryClock>();
        services.AddSingleton<RegistryChanges>();
        services.AddSingleton<RegistryChangeInterceptor>();
        services.AddSingleton<WriterQueue>();
        // Pooled: each request borrows a reset context instead of building one and its options anew. Its options hold
        // only singletons (the interceptors), and the audit reads the clock and the user from application singletons.
        services.AddDbContextPool<RegistryDbContext>((provider, options) => options
            .UseSqlite(connectionString)
            .UseModel(LinkJ.Partnerships.Web.Data.CompiledModel.RegistryDbContextModel.Instance)
            .AddInterceptors(SqliteConnectionSettings.Instance, provider.GetRequiredService<RegistryChangeInterceptor>()));
        // Keys that protect cookies and antiforgery tokens live in the database, so several instances can share them.
        services.AddDataProtection().SetApplicationName("LinkJ.Partnerships").PersistKeysToDbContext<RegistryDbContext>();
        services.AddScoped<RegistrySeeder>();
        services.AddScoped<DatabaseInitializer>();
        services.AddHostedService<SqliteInUseMarker>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }
}

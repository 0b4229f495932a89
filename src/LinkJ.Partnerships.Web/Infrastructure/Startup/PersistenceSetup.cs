using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Data.Seeding;
using LinkJ.Partnerships.Web.Data.Postgres;
using LinkJ.Partnerships.Web.Data.Sqlite;
using Microsoft.AspNetCore.DataProtection;

namespace LinkJ.Partnerships.Web.Infrastructure.Startup;

public static class PersistenceSetup
{
    public const string ConnectionStringName = "Partnerships";

    public const string ProviderSetting = "Database:Provider";

    /// <summary>
    /// The registry's database: SQLite (the default) or PostgreSQL, from <c>Database:Provider</c>. Everything that
    /// differs between them is registered by their own folders, Data/Sqlite and Data/Postgres.
    /// </summary>
    public static IServiceCollection AddPersistence(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddOptions<RegistryOptions>().Bind(configuration.GetSection(RegistryOptions.Section));
        services.AddSingleton<RegistryClock>();
        services.AddSingleton<RegistryChanges>();
        services.AddSingleton<RegistryChangeInterceptor>();
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        var provider = configuration[ProviderSetting];
        if (string.IsNullOrWhiteSpace(provider) || provider.Equals(SqliteRegistryDatabase.Name, StringComparison.OrdinalIgnoreCase))
        {
            services.AddSqliteRegistry(connectionString, environment.ContentRootPath);
        }
        else if (provider.Equals(PostgresRegistryDatabase.Name, StringComparison.OrdinalIgnoreCase))
        {
            services.AddPostgresRegistry(connectionString);
        }
        else
        {
            throw new OperatorError($"{ProviderSetting} is \"{provider}\"; set it to {SqliteRegistryDatabase.Name} or {PostgresRegistryDatabase.Name}.");
        }

        // Keys that protect cookies and antiforgery tokens live in the database, so several instances can share them.
        services.AddDataProtection().SetApplicationName("LinkJ.Partnerships").PersistKeysToDbContext<RegistryDbContext>();
        services.AddScoped<RegistrySeeder>();
        services.AddScoped<DatabaseInitializer>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }
}

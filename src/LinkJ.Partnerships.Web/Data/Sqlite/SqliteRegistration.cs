using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Data.Sqlite;

public static class SqliteRegistration
{
    /// <summary>The registry on a SQLite file: the default, which needs nothing installed.</summary>
    public static IServiceCollection AddSqliteRegistry(this IServiceCollection services, string? configuredConnectionString, string contentRoot)
    {
        var connectionString = SqliteDatabase.ResolveConnectionString(configuredConnectionString, contentRoot);
        services.AddSingleton<WriterQueue>();
        services.AddSingleton<IRegistryDatabase, SqliteRegistryDatabase>();
        // Pooled: each request borrows a reset context instead of building one and its options anew. Its options hold
        // only singletons (the interceptors), and the audit reads the clock and the user from application singletons.
        services.AddDbContextPool<RegistryDbContext>((provider, options) => options
            .UseSqlite(connectionString)
            .UseModel(CompiledModel.RegistryDbContextModel.Instance)
            .AddInterceptors(SqliteConnectionSettings.Instance, provider.GetRequiredService<RegistryChangeInterceptor>()));
        services.AddHostedService<SqliteInUseMarker>();
        return services;
    }
}

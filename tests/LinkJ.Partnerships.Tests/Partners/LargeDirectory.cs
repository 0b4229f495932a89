using System.Data.Common;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Pages.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace LinkJ.Partnerships.Tests.Partners;

/// <summary>
/// The seed plus <see cref="Added"/> partners, each with two public agreements and two signatories, and a
/// counter of every SQL statement the app runs.
/// </summary>
public sealed class LargeDirectory : IAsyncLifetime
{
    public const int Added = 60;
    public const int Total = Added + 4;

    public CountingRegistry Factory { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Client = Factory.CreateClient();
        await Factory.WithDbAsync(async db =>
        {
            var home = await db.Organizations.SingleAsync(o => o.IsHome);
            for (var i = 1; i <= Added; i++)
            {
                var partner = DirectoryRegistry.Organization($"Paging Partner {i:000}", OrganizationKind.Company, $"paging-partner-{i:000}", i % 2 == 0 ? "JP" : "DE", null);
                var start = new DateOnly(2018, 1, 1).AddDays(i * 20);
                foreach (var type in new[] { AgreementType.Mou, AgreementType.CollaborationAgreement })
                {
                    var agreement = DirectoryRegistry.Add(db, new Agreement(type, $"{type} with partner {i:000}", start, Term.OfYears(i % 10 + 1)), home, partner);
                    agreement.AddSignatory(new Person($"Signer {i:000} {type}"), partner, "Director");
                    agreement.AddSignatory(new Person($"Home signer {i:000} {type}"), home, "President");
                }
            }

            await db.SaveChangesAsync();
        });
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>
/// The app with every SQL statement counted. Statements are usually counted per request, so every request must reach
/// the database, not the output cache; a test of the caches themselves keeps them on.
/// </summary>
public sealed class CountingRegistry(bool outputCache = false) : RegistryFactory
{
    public CommandCounter Commands { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (!outputCache)
        {
            builder.UseSetting("OutputCache:Enabled", "false");
        }

        builder.ConfigureServices(services => services.ConfigureRegistryDbContext(options => options.AddInterceptors(Commands)));
    }
}

/// <summary>Counts the SQL statements EF Core sends, whatever kind they are.</summary>
public sealed class CommandCounter : DbCommandInterceptor
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Reset() => Interlocked.Exchange(ref _count, 0);

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Interlocked.Increment(ref _count);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Interlocked.Increment(ref _count);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Interlocked.Increment(ref _count);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return ValueTask.FromResult(result);
    }
}

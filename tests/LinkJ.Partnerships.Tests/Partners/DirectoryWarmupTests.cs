using System.Data.Common;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace LinkJ.Partnerships.Tests.Partners;

/// <summary>The directory's snapshot is read while the app starts, so the first visitor does not wait for it.</summary>
public sealed class DirectoryWarmupTests
{
    [Fact]
    public async Task At_start_the_snapshot_is_read_before_anyone_asks_and_the_first_page_reads_nothing()
    {
        using var factory = new RequestCountingRegistry();
        factory.Settings["Directory:WarmOnStart"] = "true";
        using var client = factory.CreateClient();

        var page = await client.GetPageAsync("/partners");

        Assert.NotEmpty(page.Slugs());
        Assert.Equal(0, factory.Statements.Count);
    }

    [Fact]
    public async Task Turned_off_the_first_page_reads_the_snapshot_itself_and_the_next_one_reads_nothing()
    {
        using var factory = new RequestCountingRegistry();
        using var client = factory.CreateClient();

        var first = await client.GetPageAsync("/partners");
        Assert.NotEmpty(first.Slugs());
        Assert.Equal(2, factory.Statements.Count);

        await client.GetPageAsync("/partners");
        Assert.Equal(2, factory.Statements.Count);
    }

    /// <summary>
    /// Counts only the statements run on behalf of a request: the warm-up runs outside any request, and a request that
    /// arrives while it reads waits for its snapshot instead of reading one itself.
    /// </summary>
    private sealed class RequestCountingRegistry : RegistryFactory
    {
        public RequestStatements Statements { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("OutputCache:Enabled", "false");
            builder.ConfigureServices(services => services.ConfigureRegistryDbContext(options => options.AddInterceptors(Statements)));
        }
    }

    private sealed class RequestStatements : DbCommandInterceptor
    {
        private readonly HttpContextAccessor _request = new();
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (_request.HttpContext is not null)
            {
                Interlocked.Increment(ref _count);
            }

            return ValueTask.FromResult(result);
        }
    }
}

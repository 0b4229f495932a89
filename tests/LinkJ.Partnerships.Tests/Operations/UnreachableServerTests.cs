using LinkJ.Partnerships.Web.Data.Postgres;
using LinkJ.Partnerships.Web.Infrastructure.Startup;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Tests.Operations;

/// <summary>A PostgreSQL server that does not answer stops the start with one sentence naming it, not a stack trace. Needs no server.</summary>
public sealed class UnreachableServerTests
{
    [Fact]
    public async Task An_unreachable_PostgreSQL_server_is_one_sentence_for_the_operator()
    {
        await using var db = new PostgresRegistryDbContext(new DbContextOptionsBuilder<PostgresRegistryDbContext>()
            .UseNpgsql("Host=127.0.0.1;Port=1;Username=nobody;Database=registry;Timeout=3").Options);

        var error = await Assert.ThrowsAsync<OperatorError>(() => new PostgresRegistryDatabase().EnterStartupAsync(db, CancellationToken.None));

        Assert.Contains("127.0.0.1:1", error.Message, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings:Partnerships", error.Message, StringComparison.Ordinal);
    }
}

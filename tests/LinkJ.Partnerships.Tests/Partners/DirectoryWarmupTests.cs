using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Pages.Partners;
using Microsoft.Extensions.DependencyInjection;

namespace LinkJ.Partnerships.Tests.Partners;

/// <summary>The directory's snapshot is read while the app starts, so the first visitor does not wait for it.</summary>
public sealed class DirectoryWarmupTests
{
    [Fact]
    public async Task At_start_the_snapshot_is_read_before_anyone_asks_and_the_first_page_reads_nothing()
    {
        using var factory = new CountingRegistry();
        factory.Settings["Directory:WarmOnStart"] = "true";
        using var client = factory.CreateClient();
        var model = factory.Services.GetRequiredService<DirectoryReadModel>();

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!model.IsCurrent && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }

        Assert.True(model.IsCurrent, "The directory was not read at start.");
        factory.Commands.Reset();
        var page = await client.GetPageAsync("/partners");

        Assert.NotEmpty(page.Slugs());
        Assert.Equal(0, factory.Commands.Count);
    }

    [Fact]
    public async Task Turned_off_the_first_page_reads_the_snapshot_itself()
    {
        using var factory = new CountingRegistry();
        using var client = factory.CreateClient();
        var model = factory.Services.GetRequiredService<DirectoryReadModel>();
        factory.Commands.Reset();

        Assert.False(model.IsCurrent);
        var page = await client.GetPageAsync("/partners");

        Assert.NotEmpty(page.Slugs());
        Assert.Equal(2, factory.Commands.Count);
        Assert.True(model.IsCurrent);
    }
}

using LinkJ.Partnerships.Tests.Partners;
using LinkJ.Partnerships.Tests.Support;

namespace LinkJ.Partnerships.Tests.Performance;

/// <summary>Profiles are kept once read, up to <c>Profiles:MostKept</c>; beyond it they are still right, only read every time.</summary>
public sealed class ProfileKeepingTests : IDisposable
{
    private readonly CountingRegistry _factory = new();

    public ProfileKeepingTests() => _factory.Settings["Profiles:MostKept"] = "1";

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Beyond_the_most_kept_a_profile_is_read_on_every_request_and_still_shown_whole()
    {
        var visitor = _factory.CreateClient();
        await visitor.GetPageAsync("/partners/medicen-paris-region");
        _factory.Commands.Reset();
        var kept = await visitor.GetPageAsync("/partners/medicen-paris-region");
        Assert.Equal(0, _factory.Commands.Count);

        for (var i = 0; i < 2; i++)
        {
            _factory.Commands.Reset();
            var page = await visitor.GetPageAsync("/partners/royal-danish-embassy-tokyo");
            Assert.Equal(5, _factory.Commands.Count);
            Assert.Equal("Royal Danish Embassy in Tokyo", page.QuerySelector("h1")!.TextContent.Trim());
            Assert.NotEmpty(page.QuerySelectorAll("article.agreement"));
        }

        Assert.NotEmpty(kept.QuerySelectorAll("article.agreement"));
    }
}

using System.Net;
using LinkJ.Partnerships.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Tests.Security;

public sealed class ProductionErrorTests
{
    [Fact]
    public async Task A_failure_in_production_shows_a_friendly_page_whose_request_id_is_in_the_log_and_no_exception_text()
    {
        using var factory = new RegistryFactory { EnvironmentName = "Production" };
        // The table is broken behind the app's back, where no write hook sees it: the cached home page would still be served.
        factory.Settings["OutputCache:Enabled"] = "false";
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://registry.example.org") });
        await client.GetAsync("/");
        // A real fault, not a test-only endpoint: the home page's query meets a table that is gone.
        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("ALTER TABLE \"Agreements\" RENAME TO \"Broken\""));

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        var page = FormPosting.ParseHtml(body);
        Assert.Equal("Something went wrong", page.QuerySelector("h1")?.TextContent);
        var requestId = page.QuerySelector("main code")?.TextContent;
        Assert.False(string.IsNullOrWhiteSpace(requestId));
        foreach (var leak in new[] { "no such table", "does not exist", "Sqlite", "Npgsql", "Exception", "   at ", "LinkJ.Partnerships.Web.", ".cs:line" })
        {
            Assert.DoesNotContain(leak, body, StringComparison.OrdinalIgnoreCase);
        }

        var logged = Assert.Single(factory.Logs.Events.Where(e => e.Properties["SourceContext"].ToString().Contains("ExceptionHandler", StringComparison.Ordinal)), e => e.Exception is not null && e.Level >= Serilog.Events.LogEventLevel.Error
            && e.Properties.TryGetValue("RequestId", out var id) && id.ToString().Trim('"') == requestId);
        Assert.Contains(TestDatabase.IsPostgreSql ? "does not exist" : "no such table", logged.Exception!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_post_in_production_leaks_nothing_either()
    {
        using var factory = new RegistryFactory { EnvironmentName = "Production" };
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://registry.example.org") });
        var form = await client.GetPageAsync("/account/sign-in");
        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("ALTER TABLE \"AspNetUsers\" RENAME TO \"Broken\""));

        var response = await client.PostAsync("/account/sign-in", new FormUrlEncodedContent([
            new("__RequestVerificationToken", form.AntiforgeryToken()), new("Input.Email", "someone@example.org"), new("Input.Password", "whatever password")]));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("no such table", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Exception", body, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Something went wrong", FormPosting.ParseHtml(body).QuerySelector("h1")?.TextContent);
    }
}

using System.Net;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Domain;

namespace LinkJ.Partnerships.Tests.Security;

/// <summary>
/// Every handler that is not a GET is posted without a token and with a forged one, as an Admin, who is
/// allowed everywhere: each must answer 400 and leave every row of the database as it was.
/// </summary>
public sealed class AntiforgeryTests
{
    // The error page is the target of the status-code and exception re-execution, which keeps the original
    // method; it reads nothing from the request and changes nothing.
    private static readonly string[] ExemptPages = ["/Error"];

    [Fact]
    public async Task Every_post_handler_refuses_a_request_without_a_valid_token_and_changes_nothing()
    {
        using var factory = new RegistryFactory();
        var admin = await factory.SignedInAsync(Roles.Admin);
        var handlers = EndpointCatalog.Handlers(EndpointCatalog.All(factory))
            .Where(h => h.Method != "GET" && !ExemptPages.Contains(h.Endpoint.Page!.ViewEnginePath))
            .ToList();
        Assert.Contains(handlers, h => h.Endpoint.Page!.ViewEnginePath == "/Account/SignIn");
        await admin.GetAsync("/account/sign-in");
        var before = DatabaseFingerprint.Take(factory.Database);
        var failures = new List<string>();

        foreach (var (endpoint, method, handler) in handlers)
        {
            var url = handler is null ? endpoint.Url : $"{endpoint.Url}?handler={handler}";
            var forms = new Dictionary<string, FormUrlEncodedContent>
            {
                ["no token"] = new([new("Input.Name", "Forged")]),
                ["a forged token"] = new([new("__RequestVerificationToken", "CfDJ8forged-token"), new("Input.Name", "Forged")]),
            };
            foreach (var (label, form) in forms)
            {
                var response = await admin.SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = form });
                if (response.StatusCode != HttpStatusCode.BadRequest)
                {
                    failures.Add($"{method} {url} with {label} answered {(int)response.StatusCode}, not 400");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.Equal(before, DatabaseFingerprint.Take(factory.Database));
    }

    [Fact]
    public async Task A_token_from_another_session_is_refused()
    {
        using var factory = new RegistryFactory();
        var admin = await factory.SignedInAsync(Roles.Admin);
        var stranger = factory.CreateBrowser();
        var strangersToken = (await stranger.GetPageAsync("/account/sign-in")).AntiforgeryToken();

        var response = await admin.PostAsync("/account/sign-out", new FormUrlEncodedContent([new("__RequestVerificationToken", strangersToken)]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/staff")).StatusCode);
    }

    [Fact]
    public async Task No_get_changes_anything()
    {
        using var factory = new RegistryFactory();
        var admin = await factory.SignedInAsync(Roles.Admin);
        var anonymous = factory.CreateBrowser();
        var handlers = EndpointCatalog.Handlers(EndpointCatalog.All(factory)).Where(h => h.Method == "GET").ToList();
        await admin.GetAsync("/account/sign-in");
        var before = DatabaseFingerprint.Take(factory.Database);

        foreach (var (endpoint, _, handler) in handlers)
        {
            var url = handler is null ? endpoint.Url : $"{endpoint.Url}?handler={handler}";
            await admin.GetAsync(url);
            await anonymous.GetAsync(url);
        }

        Assert.Equal(before, DatabaseFingerprint.Take(factory.Database));
    }
}

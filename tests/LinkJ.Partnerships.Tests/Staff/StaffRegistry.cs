using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Domain;

namespace LinkJ.Partnerships.Tests.Staff;

/// <summary>
/// One app shared by the read-only tests of a class, with a Staff and an Admin client signed in once each
/// (sign-in is rate limited per address, so tests reuse these rather than signing in again).
/// </summary>
public sealed class StaffRegistry : IAsyncLifetime
{
    public RegistryFactory Factory { get; } = new();

    public HttpClient Staff { get; private set; } = null!;

    public HttpClient Admin { get; private set; } = null!;

    public HttpClient As(string role) => role == Roles.Admin ? Admin : Staff;

    public async Task InitializeAsync()
    {
        Staff = await Factory.SignedInAsync(Roles.Staff);
        Admin = await Factory.SignedInAsync(Roles.Admin);
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}

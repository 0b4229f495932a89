using LinkJ.Partnerships.Web.Infrastructure.Startup;

namespace LinkJ.Partnerships.Tests.Foundation;

/// <summary>A published app started from another folder still finds its wwwroot; started from its own folder or the project, nothing changes.</summary>
public sealed class ContentRootTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("linkj-content-root-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Started_from_another_folder_the_apps_own_folder_is_the_content_root()
    {
        var app = Folder("app", withWwwroot: true);
        var elsewhere = Folder("elsewhere", withWwwroot: false);

        Assert.Equal(app, ContentRoot.Override(elsewhere, app));
    }

    [Fact]
    public void Started_from_a_folder_with_a_wwwroot_the_default_stays()
    {
        var app = Folder("app", withWwwroot: true);
        var project = Folder("project", withWwwroot: true);

        Assert.Null(ContentRoot.Override(project, app));
        Assert.Null(ContentRoot.Override(app, app));
    }

    [Fact]
    public void Without_a_wwwroot_in_the_apps_folder_the_default_stays()
    {
        Assert.Null(ContentRoot.Override(Folder("elsewhere", withWwwroot: false), Folder("bin", withWwwroot: false)));
    }

    private string Folder(string name, bool withWwwroot)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, name)).FullName;
        if (withWwwroot)
        {
            Directory.CreateDirectory(Path.Combine(folder, "wwwroot"));
        }

        return folder;
    }
}

using System.Text.Json;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Commands;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Tests.Import;

public sealed class ImportReleaseCommandTests : IDisposable
{
    private readonly RegistryFactory _factory = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("linkj-import-").FullName;

    public ImportReleaseCommandTests() => _factory.CreateClient();

    public void Dispose()
    {
        _factory.Dispose();
        Directory.Delete(_folder, true);
    }

    [Fact]
    public async Task Import_release_prints_the_draft_as_json_against_the_registry_and_saves_nothing()
    {
        var file = Path.Combine(_folder, "mpr.txt");
        File.Copy(Releases.SeedFile("000_ddb8f432f4247cc0.txt"), file);
        var before = await _factory.WithDbAsync(db => db.Agreements.CountAsync());

        var (exit, output, _) = await RunAsync("import-release", file, "--json");

        Assert.Equal(0, exit);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal("Mou", json.GetProperty("type").GetProperty("value").GetString());
        Assert.Equal("2020-02-05", json.GetProperty("effectiveOn").GetProperty("value").GetString());
        Assert.Equal(16, json.GetProperty("partnerOrdinal").GetProperty("value").GetInt32());
        Assert.Equal(5, json.GetProperty("term").GetProperty("value").GetProperty("years").GetInt32());
        Assert.Equal(["link-j", "medicen-paris-region"], json.GetProperty("parties").EnumerateArray().Select(p => p.GetProperty("organization").GetString()));
        Assert.Contains("became effective on February 5, 2020", json.GetProperty("effectiveOn").GetProperty("sentence").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("source").GetProperty("publishedOn").GetProperty("value").ValueKind);
        Assert.Equal(before, await _factory.WithDbAsync(db => db.Agreements.CountAsync()));
    }

    [Fact]
    public async Task Import_release_without_json_prints_each_field_with_its_sentence_and_marks_the_empty_ones()
    {
        var file = Path.Combine(_folder, "pistoia.txt");
        File.Copy(Releases.SeedFile("002_cbaf36918a695087.txt"), file);

        var (exit, output, _) = await RunAsync("import-release", file);

        Assert.Equal(0, exit);
        Assert.Contains("Type: Partnership", output, StringComparison.Ordinal);
        Assert.Contains("Partner ordinal: (not found)", output, StringComparison.Ordinal);
        Assert.Contains("Representative: Becky Upton; title: President, the Pistoia Alliance; acts for: pistoia-alliance", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_release_of_a_missing_or_unreadable_file_exits_with_a_sentence()
    {
        var (missing, _, missingError) = await RunAsync("import-release", Path.Combine(_folder, "nothing.txt"));
        var docx = Path.Combine(_folder, "release.docx");
        await File.WriteAllBytesAsync(docx, [0x50, 0x4B, 3, 4]);
        var (wrongType, _, wrongTypeError) = await RunAsync("import-release", docx);
        var (usage, _, _) = await RunAsync("import-release");

        Assert.Equal((2, 1, 2), (missing, wrongType, usage));
        Assert.Contains("no file", missingError, StringComparison.Ordinal);
        Assert.Contains("release.docx", wrongTypeError, StringComparison.Ordinal);
    }

    private async Task<(int Exit, string Output, string Errors)> RunAsync(params string[] args)
    {
        var command = CommandLine.Parse(args)!;
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exit = await ImportReleaseCommand.RunAsync(command, _factory.Services, output, errors);
        return (exit, output.ToString(), errors.ToString());
    }
}

using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace LinkJ.Partnerships.Web.Import;

/// <summary>A release file as text: .txt and .md as UTF-8, .html without its tags, .pdf through PdfPig's text in reading order.</summary>
public static class ReleaseFile
{
    public static readonly string[] Extensions = [".txt", ".md", ".html", ".htm", ".pdf"];

    public static ReleaseDocument Read(string fileName, byte[] content)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        switch (extension)
        {
            case ".txt" or ".md":
                return ReleaseDocument.Parse(Text(content));
            case ".html" or ".htm":
                var html = Text(content);
                return ReleaseDocument.Parse(HtmlText.Strip(html), HtmlText.OwnUrl(html), HtmlText.PublishedTime(html));
            case ".pdf":
                return ReleaseDocument.Parse(Pdf(content));
            default:
                throw new ReleaseFileException($"A release must be a {string.Join(", ", Extensions)} file; \"{Path.GetFileName(fileName)}\" is not.");
        }
    }

    private static string Text(byte[] content)
    {
        try
        {
            return new UTF8Encoding(false, true).GetString(content).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            throw new ReleaseFileException("The file is not UTF-8 text.");
        }
    }

    private static string Pdf(byte[] content)
    {
        if (content.Length < 5 || Encoding.ASCII.GetString(content, 0, 5) != "%PDF-")
        {
            throw new ReleaseFileException("The file is not a PDF.");
        }

        try
        {
            using var document = PdfDocument.Open(content);
            return string.Join("\n\n", document.GetPages().Select(page => ContentOrderTextExtractor.GetText(page)));
        }
        catch (Exception exception) when (exception is not ReleaseFileException)
        {
            throw new ReleaseFileException("The PDF could not be read.");
        }
    }
}

public sealed class ReleaseFileException(string message) : Exception(message);

namespace LinkJ.Partnerships.Web.Pages.Admin.Import;

/// <summary>One kind of record a CSV file can import: the columns its export writes, and the plan for each row.</summary>
public interface ICsvRows
{
    IReadOnlyCollection<string> Columns { get; }

    Task<List<ImportRow>> PlanAsync(CsvSheet sheet, CancellationToken cancellationToken);
}

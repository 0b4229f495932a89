using System.Data.Common;

namespace LinkJ.Partnerships.Web.Data.Generation;

/// <summary>
/// Rows of one table that need no id back, sent <see cref="RowsPerStatement"/> at a time in one multi-row INSERT.
/// On a PostgreSQL server each statement is a round trip, and one per row made generating 50,000 agreements take
/// minutes; parties and participants are two thirds of the rows.
/// </summary>
internal sealed class GeneratedRowBatch(DbConnection connection, DbTransaction transaction, string table, params string[] columns)
{
    public const int RowsPerStatement = 100;

    private readonly List<object?[]> _rows = new(RowsPerStatement);
    private DbCommand? _full;

    public void Add(params object?[] values)
    {
        _rows.Add(values);
        if (_rows.Count == RowsPerStatement)
        {
            Flush();
        }
    }

    public void Flush()
    {
        if (_rows.Count == 0)
        {
            return;
        }

        var command = _rows.Count == RowsPerStatement ? _full ??= Create(RowsPerStatement) : Create(_rows.Count);
        var i = 0;
        foreach (var value in _rows.SelectMany(row => row))
        {
            command.Parameters[i++].Value = value ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
        if (command != _full)
        {
            command.Dispose();
        }

        _rows.Clear();
    }

    private DbCommand Create(int rows)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        var values = Enumerable.Range(0, rows).Select(r => $"({string.Join(", ", columns.Select((_, c) => $"@r{r}c{c}"))})");
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES {string.Join(", ", values)}";
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns.Length; c++)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = $"@r{r}c{c}";
                command.Parameters.Add(parameter);
            }
        }

        return command;
    }
}

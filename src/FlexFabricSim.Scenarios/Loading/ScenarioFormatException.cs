using System.Globalization;

namespace FlexFabricSim.Scenarios.Loading;

/// <summary>
/// A scenario file that cannot be used, said in one line: <c>file:line:col: field: message</c>. Thrown for every kind of
/// bad input (YAML syntax, unknown key, wrong type, unknown NVRAM key, a value the device model refuses), never a trace.
/// </summary>
public sealed class ScenarioFormatException : Exception
{
    /// <summary>Creates the exception; <paramref name="line"/> and <paramref name="column"/> are 1-based, 0 when unknown.</summary>
    public ScenarioFormatException(string file, int line, int column, string field, string message)
        : base(Format(file, line, column, field, message))
    {
        File = file;
        Line = line;
        Column = column;
        Field = field;
        Detail = message;
    }

    /// <summary>The file as the user named it.</summary>
    public string File { get; }

    /// <summary>The 1-based line, 0 when the file could not be read at all.</summary>
    public int Line { get; }

    /// <summary>The 1-based column, 0 when unknown.</summary>
    public int Column { get; }

    /// <summary>The field's path in the file (<c>adapter.nvram.iscsi.target1.boot-lun</c>, <c>steps[2].set</c>).</summary>
    public string Field { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Detail { get; }

    private static string Format(string file, int line, int column, string field, string message)
    {
        var where = line > 0
            ? $"{file}:{line.ToString(CultureInfo.InvariantCulture)}:{Math.Max(column, 1).ToString(CultureInfo.InvariantCulture)}"
            : file;
        // One line, whatever the message held (YAML parser messages can span lines).
        var text = string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return field.Length > 0 ? $"{where}: {field}: {text}" : $"{where}: {text}";
    }
}

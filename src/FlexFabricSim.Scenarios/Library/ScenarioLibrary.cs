using FlexFabricSim.Scenarios.Loading;

namespace FlexFabricSim.Scenarios.Library;

/// <summary>
/// Finds the scenario library (the repository's <c>scenarios/</c> folder, with its <c>lessons/</c>) and the files in it.
/// The folder is, in order: the one given, <c>FLEXFABRIC_SCENARIOS</c>, or the first <c>scenarios/</c> holding
/// <see cref="SchemaFileName"/> above the current directory or above the program.
/// </summary>
public static class ScenarioLibrary
{
    /// <summary>The environment variable that names the library folder.</summary>
    public const string EnvironmentVariable = "FLEXFABRIC_SCENARIOS";

    /// <summary>The JSON Schema file every library holds (and that marks a folder as the library).</summary>
    public const string SchemaFileName = "schema.json";

    /// <summary>The folder lessons live in, inside the library.</summary>
    public const string LessonsFolder = "lessons";

    /// <summary>The library folder, or null when none is found; <paramref name="given"/> wins when not null.</summary>
    public static string? Locate(string? given = null)
    {
        if (given is not null)
        {
            return Directory.Exists(given) ? Path.GetFullPath(given) : null;
        }
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment)
        {
            return Directory.Exists(fromEnvironment) ? Path.GetFullPath(fromEnvironment) : null;
        }
        return SearchUp(Directory.GetCurrentDirectory()) ?? SearchUp(AppContext.BaseDirectory);
    }

    /// <summary>Every scenario and lesson file under <paramref name="folder"/>, sorted by path (lessons after scenarios).</summary>
    public static IReadOnlyList<string> Files(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        return
        [
            .. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Where(f => ScenarioLoader.Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                .OrderBy(f => Path.GetRelativePath(folder, f).Contains(Path.DirectorySeparatorChar) ? 1 : 0)
                .ThenBy(f => f, StringComparer.Ordinal),
        ];
    }

    private static string? SearchUp(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "scenarios");
            if (File.Exists(Path.Combine(candidate, SchemaFileName)))
            {
                return candidate;
            }
        }
        return null;
    }
}

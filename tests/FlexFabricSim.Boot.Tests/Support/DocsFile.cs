using FlexFabricSim.Testing;

namespace FlexFabricSim.Boot.Tests.Support;

/// <summary>
/// Files in <c>docs/</c> that tests export from the code (the boot-flow graph, the event table), so they never drift:
/// locally a changed file is rewritten and shows up in <c>git status</c>; under <c>CI=true</c> a difference fails.
/// </summary>
internal static class DocsFile
{
    public static void Export(string relativePath, string content)
    {
        var path = Path.Combine(RepoPaths.Root, "docs", relativePath);
        var current = File.Exists(path) ? File.ReadAllText(path) : null;
        if (current == content)
        {
            return;
        }
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail($"docs/{relativePath} is out of date with the code: run the tests locally and commit the exported file.");
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + ".tmp";
        File.WriteAllText(temp, content);
        File.Move(temp, path, overwrite: true);
    }
}

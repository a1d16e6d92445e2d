namespace FlexFabricSim.Testing;

/// <summary>Finds the repository's folders from a running test, wherever the build put it.</summary>
public static class RepoPaths
{
    /// <summary>The folder holding <c>FlexFabricSim.sln</c>.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The factory firmware images.</summary>
    public static string FirmwareImages => Path.Combine(Root, "firmware-images");

    /// <summary>The scenario library.</summary>
    public static string Scenarios => Path.Combine(Root, "scenarios");

    /// <summary>The shared reference material beside the repository (guide, captures), if present.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FlexFabricSim.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("FlexFabricSim.sln not found above " + AppContext.BaseDirectory);
    }
}

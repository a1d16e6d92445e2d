namespace FlexFabricSim.Interop.Tests.Infrastructure;

/// <summary>Finds the real peers' programs; a missing one fails the test with the package to install (never a skip).</summary>
public static class Tools
{
    private static readonly string[] ExtraDirs = ["/usr/sbin", "/sbin", "/usr/bin", "/bin"];

    /// <summary>The full path of <paramref name="program"/>, or an exception naming the Debian package that provides it.</summary>
    public static string Require(string program, string package)
    {
        var dirs = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries).Concat(ExtraDirs);
        foreach (var dir in dirs)
        {
            var path = Path.Combine(dir, program);
            if (File.Exists(path))
            {
                return path;
            }
        }
        throw new InvalidOperationException(
            $"'{program}' is not installed: run scripts/install-peers.sh (apt-get install -y {package}) — this test needs the real peer.");
    }

    /// <summary>Fails clearly unless the test runs as root (network namespaces and raw sockets need it).</summary>
    public static void RequireRoot()
    {
        if (Environment.UserName != "root" && Environment.GetEnvironmentVariable("USER") != "root" && !IsUidZero())
        {
            throw new InvalidOperationException("this test creates network namespaces and needs root (CI runs as root)");
        }
    }

    private static bool IsUidZero()
    {
        try
        {
            return File.ReadAllLines("/proc/self/status").Any(l => l.StartsWith("Uid:", StringComparison.Ordinal) && l.Split('\t', StringSplitOptions.RemoveEmptyEntries)[1] == "0");
        }
        catch (IOException)
        {
            return false;
        }
    }
}

using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace FlexFabricSim.Testing;

/// <summary>Golden-file snapshots with Verify's workflow: <c>*.verified.txt</c> beside the test, <c>*.received.txt</c> and a line diff on mismatch.</summary>
/// <remarks>
/// A missing or different snapshot fails. <c>UPDATE_SNAPSHOTS=1</c> re-records locally; under <c>CI=true</c> nothing is ever accepted.
/// </remarks>
public static class Snapshot
{
    /// <summary>Compares <paramref name="actual"/> with <c>&lt;TestFile&gt;.&lt;name&gt;.verified.txt</c> beside the calling test file.</summary>
    public static void Verify(string actual, string name, [CallerFilePath] string testFile = "")
    {
        var dir = Path.GetDirectoryName(testFile) ?? throw new InvalidOperationException("no caller file path");
        var stem = Path.Combine(dir, $"{Path.GetFileNameWithoutExtension(testFile)}.{name}");
        var verifiedPath = stem + ".verified.txt";
        var receivedPath = stem + ".received.txt";
        var received = Normalize(actual);

        var verified = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;
        if (verified == received)
        {
            File.Delete(receivedPath);
            return;
        }

        var inCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!inCi && Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(verifiedPath, received);
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, received);
        var message = new StringBuilder();
        if (verified is null)
        {
            message.AppendLine($"No snapshot {Path.GetFileName(verifiedPath)} yet. Received:");
            message.AppendLine(received);
        }
        else
        {
            message.AppendLine($"Snapshot {Path.GetFileName(verifiedPath)} differs ('-' verified, '+' received):");
            message.AppendLine(LineDiff(verified, received));
        }
        message.AppendLine($"Review {receivedPath}; accept it by renaming it to .verified.txt, or rerun with UPDATE_SNAPSHOTS=1 (never under CI=true).");
        throw new Xunit.Sdk.XunitException(message.ToString());
    }

    /// <summary>Normalises newlines and trailing spaces so a snapshot compares the same on every machine.</summary>
    public static string Normalize(string text)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n').Select(l => l.TrimEnd());
        return string.Join('\n', lines).TrimEnd('\n') + "\n";
    }

    private static string LineDiff(string verified, string received)
    {
        var diff = InlineDiffBuilder.Diff(verified, received, ignoreWhiteSpace: false);
        var sb = new StringBuilder();
        foreach (var line in diff.Lines)
        {
            var prefix = line.Type switch
            {
                ChangeType.Inserted => "+ ",
                ChangeType.Deleted => "- ",
                _ => "  ",
            };
            sb.Append(prefix).AppendLine(line.Text);
        }
        return sb.ToString();
    }
}

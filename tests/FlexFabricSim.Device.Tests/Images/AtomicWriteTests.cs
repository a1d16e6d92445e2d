using System.Diagnostics;
using FlexFabricSim.Device.Images;
using static FlexFabricSim.Device.Tests.TestConfigs;

namespace FlexFabricSim.Device.Tests.Images;

/// <summary>Saves are atomic: a failed save leaves the old file byte-identical and no temporary file behind.</summary>
/// <remarks>The kill-mid-save case runs the real CLI in a child process: see the Cli tests (<c>NvramAtomicSaveTests</c>).</remarks>
public class AtomicWriteTests
{
    [Fact]
    public void Write_replaces_an_existing_image_and_leaves_no_temporary_file()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "card.ffimg");
        FirmwareImage.Write(path, Factory());
        FirmwareImage.Write(path, StaticIpv4());
        Assert.Equal(StaticIpv4(), FirmwareImage.Read(path));
        Assert.Equal(["card.ffimg"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_save_into_a_read_only_folder_fails_cleanly_and_leaves_the_old_image()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "card.ffimg");
        FirmwareImage.Write(path, Factory());
        var before = File.ReadAllBytes(path);
        using (ReadOnly(folder.Path))
        {
            var error = Record.Exception(() => FirmwareImage.Write(path, StaticIpv4()));
            Assert.True(error is IOException or UnauthorizedAccessException, $"unexpected {error?.GetType().Name ?? "success"}");
        }
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal(["card.ffimg"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_failed_rename_removes_the_temporary_file_and_leaves_the_target_untouched()
    {
        using var folder = new TempFolder();
        // The target is a non-empty folder: the temporary file is written, then the rename over it fails.
        var target = Path.Combine(folder.Path, "card.ffimg");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "keep.txt"), "keep");
        Assert.ThrowsAny<IOException>(() => FirmwareImage.Write(target, Factory()));
        Assert.Empty(Directory.GetFiles(folder.Path));
        Assert.Equal("keep", File.ReadAllText(Path.Combine(target, "keep.txt")));
    }

    [Fact]
    public void A_save_into_a_missing_folder_fails_without_creating_it()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "missing", "card.ffimg");
        Assert.Throws<DirectoryNotFoundException>(() => FirmwareImage.Write(path, Factory()));
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "missing")));
    }

    /// <summary>
    /// Makes <paramref name="folder"/> refuse new entries until disposed. Root ignores permission bits, so as root the
    /// folder is made immutable with <c>chattr +i</c> (ext4 and most Linux file systems); otherwise mode 0555 is enough.
    /// </summary>
    private static IDisposable ReadOnly(string folder)
    {
        if (Environment.IsPrivilegedProcess)
        {
            Run("chattr", "+i", folder);
            return new Restore(() => Run("chattr", "-i", folder));
        }
        Run("chmod", "0555", folder);
        return new Restore(() => Run("chmod", "0755", folder));
    }

    private static void Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {program}");
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error} — needed to " +
            $"make a folder read-only as root.");
    }

    private sealed class Restore(Action undo) : IDisposable
    {
        public void Dispose() => undo();
    }
}

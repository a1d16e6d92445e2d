using System.Diagnostics;
using FlexFabricSim.Device.Images;
using FlexFabricSim.Device.Nvram;

namespace FlexFabricSim.Cli.Tests.Nvram;

/// <summary>
/// Kill mid-save: the real CLI runs in a child process with the <c>FLEXFABRIC_FAULT_SAVE=after-temp-write</c> test seam,
/// dies between writing the temporary file and renaming it, and the previous image must be byte-identical and readable.
/// </summary>
public class NvramAtomicSaveTests
{
    [Fact]
    public void A_crash_between_writing_and_renaming_leaves_the_previous_image_intact()
    {
        using var folder = new TempFolder();
        var file = folder.File("card.ffimg");
        CliRunner.Succeeds("nvram", "new", "--model", "534FLR-SFP+", "--mac", "00:17:A4:77:00:20", "--out", file);
        CliRunner.Succeeds("nvram", "set", file, "--port", "0", "iscsi.target1.boot-lun=3");
        var before = File.ReadAllBytes(file);

        var (exitCode, stderr) = RunCliProcess(file, "iscsi.target1.boot-lun=7");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("after-temp-write", stderr);
        Assert.Equal(before, File.ReadAllBytes(file));
        Assert.Equal(3, FirmwareImage.Read(file).GetTarget(NvramAddress.OfPort(0), 1).BootLun);
        // The crash left its temporary file (nothing can clean up after FailFast), proving the new image was written.
        var temp = Assert.Single(Directory.GetFiles(folder.Path, ".card.ffimg.*.tmp"));
        Assert.Equal(7, FirmwareImage.Read(temp).GetTarget(NvramAddress.OfPort(0), 1).BootLun);
    }

    private static (int ExitCode, string Stderr) RunCliProcess(string file, string assignment)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "flexfabric.dll");
        Assert.True(File.Exists(cli), $"{cli} not found: the test project must reference FlexFabricSim.Cli so the built CLI is copied " +
            $"next to the tests.");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { cli, "nvram", "set", file, "--port", "0", assignment })
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment[FirmwareImage.FaultInjectionVariable] = "after-temp-write";
        // No crash dump for a deliberate FailFast.
        start.Environment["DOTNET_DbgEnableMiniDump"] = "0";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start dotnet");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "the CLI did not finish");
        return (process.ExitCode, stderr.Result + stdout.Result);
    }
}

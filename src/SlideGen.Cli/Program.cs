using SlideGen.Cli;
using SlideGen.Diagnostics;

return CommandLine.Run(args, Console.Out, Console.Error);

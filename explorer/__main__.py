from explorer.entry import run

run()

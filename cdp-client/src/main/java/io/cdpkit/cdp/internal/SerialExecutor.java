package io.cdpkit.cdp.internal;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Runs tasks one at a time, in submission order, on threads of a shared executor: the event
 * queue of one session. Different serial executors on the same pool run in parallel, so a slow
 * task delays only the tasks queued behind it.
 *
 * <p>A task that throws a runtime exception does not stop the queue. Once the pool refuses work (it was shut down
 * with the connection), queued tasks are dropped.
 */
public final class SerialExecutor implements Executor {

    private static final System.Logger LOG = System.getLogger(SerialExecutor.class.getName());

    private final Executor pool;
    private final Queue<Runnable> tasks = new ArrayDeque<>();
    private boolean running;

    /** A queue whose tasks run on {@code pool}. */
    public SerialExecutor(Executor pool) {
        this.pool = pool;
    }

    @Override
    public void execute(Runnable task) {
        synchronized (tasks) {
            tasks.add(task);
            if (running) {
                return;
            }
            running = true;
        }
        submitDrain();
    }

    private void submitDrain() {
        try {
            pool.execute(this::drain);
        } catch (RejectedExecutionException shutDown) {
            synchronized (tasks) {
                LOG.log(System.Logger.Level.DEBUG, "dropping {0} queued task(s): the pool is shut down", tasks.size());
                tasks.clear();
                running = false;
            }
        }
    }

    /** Runs queued tasks until the queue is empty; the pool thread is then free again. */
    private void drain() {
        while (true) {
            Runnable task;
            synchronized (tasks) {
                task = tasks.poll();
                if (task == null) {
                    running = false;
                    return;
                }
            }
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "a queued task failed", e);
            }
        }
    }
}

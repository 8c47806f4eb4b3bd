package org.onevisit.bench.scale;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Records the statements the product runs while switched on, with their parameters, so that the plans shown are those
 * of the product's own SQL and not of a copy of it. Switched off, it only passes calls through.
 */
final class StatementCapture {

    /** A statement the product ran, with its parameters by position. */
    record Captured(String sql, Map<Integer, Object> parameters) {
    }

    private volatile boolean on;
    private final List<Captured> captured = new ArrayList<>();

    DataSource wrap(DataSource target) {
        return new DelegatingDataSource(target) {
            @Override
            public Connection getConnection() throws SQLException {
                return connection(super.getConnection());
            }

            @Override
            public Connection getConnection(String username, String password) throws SQLException {
                return connection(super.getConnection(username, password));
            }
        };
    }

    /** The statements run by {@code action}, in order. */
    synchronized List<Captured> during(Runnable action) {
        captured.clear();
        on = true;
        try {
            action.run();
        } finally {
            on = false;
        }
        return List.copyOf(captured);
    }

    private Connection connection(Connection target) {
        if (!on) {
            return target;
        }
        return proxy(Connection.class, target, (method, args) -> {
            Object result = invoke(method, target, args);
            if (on && method.getName().equals("prepareStatement") && result instanceof PreparedStatement ps) {
                return statement(ps, (String) args[0]);
            }
            return result;
        });
    }

    private PreparedStatement statement(PreparedStatement target, String sql) {
        Map<Integer, Object> parameters = new TreeMap<>();
        return proxy(PreparedStatement.class, target, (method, args) -> {
            String name = method.getName();
            if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer index) {
                parameters.put(index, args[1]);
            } else if (name.startsWith("execute") && (args == null || args.length == 0)) {
                synchronized (this) {
                    captured.add(new Captured(sql, new TreeMap<>(parameters)));
                }
            }
            return invoke(method, target, args);
        });
    }

    private interface Call {
        Object handle(Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Call call) {
        InvocationHandler handler = (p, method, args) -> call.handle(method, args);
        return (T) Proxy.newProxyInstance(StatementCapture.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
